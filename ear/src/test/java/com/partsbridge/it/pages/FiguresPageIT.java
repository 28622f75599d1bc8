package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The figures dashboard: a chart and a table per figure, for admins only, with the numbers the API reports. */
class FiguresPageIT extends SystemTest {

    private static final List<String> TABLES =
            List.of("catches", "states", "shipment", "escalations", "concessions", "breaches", "referrals");

    /** Codes a reader must never see: states and gates say words. */
    private static final Pattern CODES =
            Pattern.compile("\\b(REQUESTED|RETURN_EXPECTED|RETURN_RECEIVED|SHIPMENT|REQUEST|CANCELLED)\\b");

    @Test
    void showsEveryFigureAsAChartBesideItsTable() {
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/admin/figures.xhtml");
            for (String table : TABLES) {
                WebElement t = admin.find(By.id(table));
                assertFalse(t.findElement(By.tagName("caption")).getText().isBlank(), table);
                WebElement chart = t.findElement(By.xpath("ancestor::section[1]//div[contains(@class,'chart')]"));
                assertEquals("true", chart.getAttribute("aria-hidden"), "the table speaks for the chart: " + table);
                assertEquals(1, chart.findElements(By.tagName("canvas")).size(), "a chart drawn for " + table);
            }
            assertFalse(CODES.matcher(admin.text()).find(), admin.text());
            List<Axe.Violation> serious = Axe.check(admin.driver()).stream()
                    .filter(Axe.Violation::seriousOrCritical)
                    .toList();
            assertEquals(List.of(), serious);
            admin.screenshot("figures-dashboard");
            admin.atWidth(390);
            admin.find(By.id("catches"));
            assertEquals(0, admin.horizontalOverflow(), "nothing scrolls sideways at 390 px");
            admin.screenshot("figures-dashboard-390");
        }
    }

    @Test
    void customersAreRefusedTheDashboardAndTheFigures() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/admin/figures.xhtml");
            assertTrue(alice.text().contains("Not allowed"), alice.text());
            assertTrue(alice.driver().findElements(By.id("catches")).isEmpty());
            alice.screenshot("figures-refused");
        }
        Api api = Api.at(base);
        assertEquals(403, api.as(Api.ALICE).get("/api/v1/figures/rmas-by-state").status());
        assertEquals(401, api.get("/api/v1/figures/escalations").status());
        assertEquals(200, api.as(Api.REP).get("/api/v1/figures/escalations").status(), "reps see the figures");
    }

    @Test
    void theTablesShowWhatTheApiReportsAndMoveWithTheBusiness() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        Api staff = Api.at(base).as(Api.ADMIN);
        long requested = stateCount(staff, "REQUESTED");
        long caught = caughtThisWeek(staff, "REQUEST");
        long escalated = staff.get("/api/v1/figures/escalations")
                .json()
                .getJsonNumber("open")
                .longValue();
        long shipments = staff.get("/api/v1/figures/request-to-shipment")
                .json()
                .getJsonNumber("shipments")
                .longValue();

        // a known set: two requests waiting, one refused at the request gate, one shipped and escalated
        long unit = fx.unitOf(Api.ALICE);
        fx.request(Api.ALICE, unit, fx.hinge);
        fx.request(Api.ALICE, unit, fx.hinge);
        assertEquals(422, fx.requestReply(Api.ALICE, unit, fx.foreignPart).status());
        anEscalatedRma(fx, unit);

        assertEquals(requested + 2, stateCount(staff, "REQUESTED"));
        assertEquals(caught + 1, caughtThisWeek(staff, "REQUEST"));
        assertEquals(
                escalated + 1,
                staff.get("/api/v1/figures/escalations")
                        .json()
                        .getJsonNumber("open")
                        .longValue());
        assertEquals(
                shipments + 1,
                staff.get("/api/v1/figures/request-to-shipment")
                        .json()
                        .getJsonNumber("shipments")
                        .longValue());

        // escalations go overdue as time passes (20 s in the system tests): bracket the page between two readings
        JsonObject escalationsBefore = staff.get("/api/v1/figures/escalations").json();
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/admin/figures.xhtml");
            admin.find(By.id("catches"));

            assertEquals(
                    numbers(staff.get("/api/v1/figures/rmas-by-state").array(), "count"),
                    column(admin, "states", 0),
                    "RMAs by state");
            JsonArray catches = staff.get("/api/v1/figures/wrong-part-catches").array();
            for (int gate = 0; gate < 3; gate++) {
                int g = gate;
                assertEquals(
                        catches.stream()
                                .map(JsonObject.class::cast)
                                .filter(w -> w.getString("gate")
                                        .equals(List.of("REQUEST", "SHIPMENT", "RETURN")
                                                .get(g)))
                                .map(w ->
                                        new BigDecimal(w.getJsonNumber("caught").toString()))
                                .toList(),
                        column(admin, "catches", gate),
                        "catches at gate " + gate + " per week");
            }
            JsonObject escalations = staff.get("/api/v1/figures/escalations").json();
            List<BigDecimal> shown = column(admin, "escalations", 0);
            assertEquals(new BigDecimal(escalations.getJsonNumber("open").toString()), shown.get(0), "open");
            long overdue = shown.get(1).longValueExact();
            assertTrue(
                    overdue >= escalationsBefore.getJsonNumber("overdue").longValue()
                            && overdue <= escalations.getJsonNumber("overdue").longValue(),
                    () -> "overdue " + overdue + " between " + escalationsBefore + " and " + escalations);
            JsonArray concessions = staff.get("/api/v1/figures/concessions").array();
            JsonObject thisWeek = concessions.getJsonObject(concessions.size() - 1);
            List<BigDecimal> pageValues = column(admin, "concessions", 0);
            assertEquals(
                    0,
                    new BigDecimal(thisWeek.getJsonNumber("amount").toString())
                            .compareTo(pageValues.get(pageValues.size() - 1)),
                    "this week's concessions");
            assertEquals(
                    numbers(staff.get("/api/v1/figures/referrals").array(), "referrals"),
                    column(admin, "referrals", 0),
                    "referrals per partner");
            assertEquals(
                    numbers(staff.get("/api/v1/figures/obligation-breaches").array(), "breaches"),
                    column(admin, "breaches", 0),
                    "breaches per model");
            String shipped = admin.find(By.id("shipments")).getText();
            assertEquals(
                    staff.get("/api/v1/figures/request-to-shipment")
                            .json()
                            .getJsonNumber("shipments")
                            .toString(),
                    shipped.replace(",", ""));
            admin.screenshot("figures-after-known-set");
        }
    }

    private static long stateCount(Api staff, String state) {
        return staff.get("/api/v1/figures/rmas-by-state").array().stream()
                .map(JsonObject.class::cast)
                .filter(s -> s.getString("state").equals(state))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("count")
                .longValue();
    }

    private static long caughtThisWeek(Api staff, String gate) {
        List<JsonObject> weeks = staff.get("/api/v1/figures/wrong-part-catches").array().stream()
                .map(JsonObject.class::cast)
                .filter(w -> w.getString("gate").equals(gate))
                .toList();
        return weeks.get(weeks.size() - 1).getJsonNumber("caught").longValue();
    }

    private static List<BigDecimal> numbers(JsonArray rows, String field) {
        return rows.stream()
                .map(JsonObject.class::cast)
                .map(r -> new BigDecimal(r.getJsonNumber(field).toString()))
                .toList();
    }

    /** The raw numbers (data-value) of one column of a figures table, top to bottom. */
    private static List<BigDecimal> column(Browser browser, String table, int column) {
        return browser.driver().findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getAttribute("data-value"))
                .map(BigDecimal::new)
                .map(BigDecimal::stripTrailingZeros)
                .map(v -> v.scale() < 0 ? v.setScale(0) : v)
                .toList();
    }

    /** Shipped, then delivered wrong and lost: the second failure escalates it to a named owner. */
    private static void anEscalatedRma(RmaFixtures fx, long unit) {
        JsonObject rma = fx.request(Api.ALICE, unit, fx.hinge);
        rma = fx.done(fx.done(rma, "verification", null), "approval", null);
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "wrong-part-delivery", "\"partNumber\":\"" + fx.universalDoor + "\"");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "loss", "\"note\":\"lost again\"");
        assertFalse(rma.isNull("escalatedTo"), rma::toString);
    }
}

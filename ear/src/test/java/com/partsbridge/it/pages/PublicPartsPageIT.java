package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.Screenshots;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The free public spare parts list per model (EU ecodesign): a page anyone reaches from the home page, and the
 * same list as JSON and CSV, with no sign-in, cacheable by shared caches.
 */
class PublicPartsPageIT extends SystemTest {

    /** A discontinued remote: an old door replaced by a universal one, a last-time-buy hinge, a live screen. */
    private record Remote(String model, String oldDoor, String newDoor, String hinge, String screen) {}

    private Remote remote(CatalogFixtures catalog) {
        String model = catalog.model("PUB", "2019-03-01", "2024-06-30", "2031-06-30", null);
        String oldDoor = catalog.part("OLD", "9.90", 0, "DISCONTINUED");
        String newDoor = catalog.part("NEW", "11.50", 7, "ACTIVE");
        String hinge = catalog.part("HNG", "2.40", 3, "LAST_TIME_BUY");
        String screen = catalog.part("SCR", "39.00", 12, "ACTIVE");
        catalog.fit(model, oldDoor, "A0000", "A9999", "battery door");
        catalog.fit(model, hinge, "A0000", "A9999", "door hinge");
        catalog.fit(model, screen, "A0000", "B9999", "screen");
        catalog.supersede(oldDoor, newDoor, "ONE_WAY");
        return new Remote(model, oldDoor, newDoor, hinge, screen);
    }

    @Test
    void anyoneFindsEveryPartOfAModelFromTheHomePageWithPriceAvailabilityAndDelivery() {
        Api api = Api.at(base);
        Remote r = remote(new CatalogFixtures(api));
        Api.Reply declared = api.as(Api.ADMIN)
                .put("/api/v1/parts-obligations/" + r.model(), "{\"yearsAfterLastSale\":7,\"deliveryDays\":10}");
        assertEquals(200, declared.status(), declared::toString);

        try (Browser browser = Browser.open(base)) {
            browser.go("/");
            browser.click("public-parts");
            browser.type("model", r.model().toLowerCase()).click("show");

            assertTrue(browser.find(By.tagName("h1")).getText().contains(r.model()));
            Map<String, String> rows = browser.driver().findElements(By.cssSelector("#spare-parts tbody tr")).stream()
                    .map(WebElement::getText)
                    .collect(Collectors.toMap(row -> partIn(row, r), row -> row));
            assertEquals(4, rows.size(), rows::toString);
            assertTrue(rows.get(r.newDoor()).contains("€11.50"), rows.get(r.newDoor()));
            assertTrue(rows.get(r.newDoor()).contains("Available until Jun 30, 2031"), rows.get(r.newDoor()));
            assertTrue(rows.get(r.newDoor()).contains("A0000-A9999"), "the successor serves the old door's units");
            assertTrue(
                    rows.get(r.oldDoor()).contains("No longer available: order " + r.newDoor() + " instead"),
                    rows.get(r.oldDoor()));
            assertTrue(rows.get(r.hinge()).contains("while stock lasts"), rows.get(r.hinge()));
            assertTrue(rows.get(r.screen()).contains("A0000-B9999"), rows.get(r.screen()));
            String delivery = browser.find(By.id("delivery")).getText();
            assertTrue(delivery.contains("10 working days"), delivery);
            assertTrue(delivery.contains("until Jun 30, 2031"), delivery);
            assertTrue(browser.text().contains("Regulation (EU) 2023/1670"));
            assertFalse(browser.text().contains("LAST_TIME_BUY"), "no enum code reaches the page");
            assertTrue(browser.driver().getCurrentUrl().contains("model="), "the list can be bookmarked");
            Screenshots.save(browser, "PublicPartsPageIT");
        }
    }

    @Test
    void theListIsPublicJsonCacheableForFiveMinutesWithTheDefaultDeliveryWhenNoneIsDeclared() {
        Api anonymous = Api.at(base);
        Remote r = remote(new CatalogFixtures(anonymous));

        Api.Reply reply = anonymous.get("/api/v1/models/" + r.model().toLowerCase() + "/spare-parts");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("public, max-age=300", reply.header("Cache-Control"));
        JsonObject list = reply.json();
        assertEquals(r.model(), list.getString("modelCode"));
        assertEquals(15, list.getInt("deliveryWorkingDays"), "the EU ecodesign figure");
        assertFalse(list.getBoolean("deliveryDeclared"));
        Map<String, JsonObject> parts = list.getJsonArray("parts").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(p -> p.getString("partNumber"), p -> p));
        assertEquals(
                List.of(r.oldDoor(), r.newDoor(), r.hinge(), r.screen()).stream()
                        .sorted()
                        .toList(),
                parts.keySet().stream().sorted().toList());
        assertEquals("2031-06-30", parts.get(r.screen()).getString("availableUntil"));
        assertEquals("WHILE_STOCK_LASTS", parts.get(r.hinge()).getString("availability"));
        assertEquals("NO_LONGER_AVAILABLE", parts.get(r.oldDoor()).getString("availability"));
        assertFalse(parts.get(r.oldDoor()).containsKey("availableUntil"), "no date is promised (nulls are left out)");
        assertEquals(r.newDoor(), parts.get(r.oldDoor()).getString("supersededBy"));
        assertEquals(11.50, parts.get(r.newDoor()).getJsonNumber("listPrice").doubleValue());
    }

    @Test
    void theListIsCsvByAcceptOrByFormatWithFormulaCellsNeutralised() {
        Api api = Api.at(base);
        CatalogFixtures catalog = new CatalogFixtures(api);
        String model = catalog.model("CSV");
        String number = "P" + catalog.id + "-FORMULA";
        Api.Reply created = api.as(Api.ADMIN).post("/api/v1/parts", """
                {"partNumber":"%s","description":"=HYPERLINK(\\"http://evil.example\\",\\"door\\")",
                 "listPrice":5.00,"currency":"EUR","stockOnHand":1,"lifecycle":"ACTIVE"}""".formatted(number));
        assertEquals(201, created.status(), created::toString);
        catalog.fit(model, number, "A0000", "A9999", "@door");

        Api.Reply byAccept = api.getAccepting("/api/v1/models/" + model + "/spare-parts", "text/csv");
        Api.Reply byFormat = api.get("/api/v1/models/" + model + "/spare-parts?format=csv");

        assertEquals(200, byAccept.status(), byAccept::toString);
        assertTrue(byAccept.contentType().startsWith("text/csv"), byAccept::toString);
        assertEquals(byAccept.body(), byFormat.body());
        assertTrue(byFormat.contentType().startsWith("text/csv"), byFormat::toString);
        assertEquals("public, max-age=300", byFormat.header("Cache-Control"));
        String[] lines = byAccept.body().split("\r\n");
        assertEquals(2, lines.length, byAccept.body());
        assertEquals(
                model + ",\"'@door\"," + number + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"door\"\")\",5.00,EUR,"
                        + "AVAILABLE,,,15,A0000-A9999",
                lines[1]);
    }

    @Test
    void anUnknownModelIsA404OnThePageAndAProblemInTheApi() {
        Api anonymous = Api.at(base);

        Api.Reply page = anonymous.get("/models/parts.xhtml?model=NO-SUCH-MODEL");
        Api.Reply api = anonymous.get("/api/v1/models/NO-SUCH-MODEL/spare-parts");

        assertEquals(404, page.status());
        assertTrue(page.body().contains("We do not know the model"), page.body());
        assertEquals(404, api.status(), api::toString);
        assertTrue(api.isProblem(), api::toString);
        try (Browser browser = Browser.open(base)) {
            browser.go("/models/parts.xhtml?model=NO-SUCH-MODEL");
            assertTrue(browser.find(By.id("unknown-model")).getText().contains("NO-SUCH-MODEL"));
            assertTrue(
                    browser.driver().findElements(By.cssSelector("#models a")).size() >= 3,
                    "the demo models are offered instead");
        }
    }

    private static String partIn(String row, Remote r) {
        return List.of(r.oldDoor(), r.newDoor(), r.hinge(), r.screen()).stream()
                .filter(row::contains)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no known part in " + row));
    }
}

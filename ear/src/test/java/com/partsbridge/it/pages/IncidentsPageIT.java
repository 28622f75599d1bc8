package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.Screenshots;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Staff run incidents on the page: a declaration shows whom we tell and the total concession before anything
 * is sent, a double click declares once, a proposal from impact detection is confirmed from the page, and the
 * affected customer finds our apology on theirs. Customers and reps are refused.
 */
class IncidentsPageIT extends SystemTest {

    static final String ACCOUNT_PROPOSAL = "Our site failed you while using your account pages";

    @Test
    void thePreviewShowsWhomWeTellAndTheTotalBeforeAnythingIsSent() {
        String title = "Checkout outage " + Api.unique();
        Api api = Api.at(base);
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/admin/incidents.xhtml");
            fill(admin, title, "alice bob").submit("incident:preview");

            String preview = admin.find(By.id("incident:preview-box")).getText();
            assertTrue(preview.contains("We would tell 2 customers: alice, bob."), preview);
            assertTrue(preview.contains("10.00"), "the total concession in money: " + preview);
            Screenshots.save(admin, "incidents-preview");
            assertTrue(titled(api, title).isEmpty(), "nothing is declared or sent before the confirmation");

            admin.submit("incident:declare");
            assertTrue(admin.find(By.cssSelector("ul.messages")).getText().contains("2 customers told"));
            assertEquals("", admin.find(By.id("incident:title")).getAttribute("value"), "the form is empty again");
            assertTrue(admin.text().contains(title) && admin.text().contains("Store credit"), admin.text());
        }
        assertEquals(1, titled(api, title).size());
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/notices.xhtml");
            assertTrue(alice.find(By.id("notices")).getText().contains("We let you down: " + title));
        }
    }

    @Test
    void aDoubleClickOnConfirmDeclaresOnce() throws Exception {
        String title = "Double click " + Api.unique();
        Api api = Api.at(base);
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/admin/incidents.xhtml");
            fill(admin, title, "bob").submit("incident:preview");

            WebElement declare = admin.find(By.id("incident:declare"));
            new Actions(admin.driver()).doubleClick(declare).perform();
            admin.find(By.cssSelector("ul.messages"));
            Thread.sleep(2_000); // let the second request finish too

            admin.driver().navigate().refresh(); // a resubmit: the page after the redirect is a GET
            assertEquals(1, titled(api, title).size(), "one incident, however many clicks");
            assertEquals(1, titled(api, title).get(0).getJsonArray("notices").size());
        }
    }

    @Test
    void aProposalFromImpactDetectionIsConfirmedFromThePage() throws Exception {
        Api api = Api.at(base);
        proposal(api)
                .ifPresent(p -> api.as(Api.ADMIN)
                        .post(
                                "/api/v1/incidents/" + p.getJsonNumber("id") + "/dismissal",
                                "{\"version\":" + p.getJsonNumber("version") + "}"));
        assertEquals(
                200,
                api.as(Api.ADMIN)
                        .put("/api/v1/faults/ACCOUNT", "{\"requests\":4}")
                        .status());
        for (String customer : List.of(Api.ALICE, Api.ALICE, Api.BOB, Api.BOB)) {
            assertEquals(503, api.as(customer).get("/api/v1/my/units").status());
        }
        JsonObject proposed = awaitProposal(api);
        long id = proposed.getJsonNumber("id").longValue();

        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/admin/incidents.xhtml");
            WebElement section = admin.find(By.xpath("//section[h3='" + ACCOUNT_PROPOSAL + "']"));
            assertTrue(section.getText().contains("alice") && section.getText().contains("bob"), section.getText());
            assertTrue(section.getText().contains("10.00"), "the total concession: " + section.getText());
            Screenshots.save(admin, "incidents-proposal");

            WebElement confirm = section.findElement(By.cssSelector("input[value='Confirm and notify']"));
            admin.click(confirm);
            assertTrue(admin.find(By.cssSelector("ul.messages")).getText().contains("Confirmed: 2 customers told"));
            Screenshots.save(admin, "incidents-confirmed");
        }
        JsonObject confirmed = api.as(Api.ADMIN).get("/api/v1/incidents/" + id).json();
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals("admin", confirmed.getString("decidedBy"));
        assertEquals(2, confirmed.getJsonArray("notices").size());
    }

    @Test
    void customersAndRepsAreRefused() {
        for (String[] user : List.of(new String[] {"alice", "alice-demo-pw"}, new String[] {"rita", "rep-demo-pw"})) {
            try (Browser browser = Browser.open(base)) {
                browser.signIn(user[0], user[1], "/admin/incidents.xhtml");
                assertTrue(browser.text().contains("Not allowed"), browser.text());
                assertTrue(
                        browser.driver().findElements(By.id("incident:preview")).isEmpty());
            }
        }
    }

    private static Browser fill(Browser admin, String title, String customers) {
        return admin.type("incident:title", title)
                .type("incident:description", "Nobody could request parts for four hours")
                .type("incident:from", "2026-11-20 10:00")
                .type("incident:to", "2026-11-20 14:00")
                .type("incident:customers", customers);
    }

    private static List<JsonObject> titled(Api api, String title) {
        return api.as(Api.ADMIN).get("/api/v1/incidents?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("title").equals(title))
                .toList();
    }

    private static Optional<JsonObject> proposal(Api api) {
        return api.as(Api.ADMIN).get("/api/v1/incidents?status=PROPOSED&size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(p -> "ACCOUNT".equals(p.getString("journey", null)))
                .findFirst();
    }

    /** Runs the detector until the failures are stored (asynchronously) and the proposal is made. */
    private static JsonObject awaitProposal(Api api) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            api.as(Api.ADMIN).post("/api/v1/faults/detection-runs", "{}");
            Optional<JsonObject> found = proposal(api);
            if (found.isPresent() && found.get().getJsonArray("affected").size() == 2) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no proposal for alice and bob within 30 s");
    }
}

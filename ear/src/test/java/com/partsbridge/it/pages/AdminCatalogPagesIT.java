package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.Screenshots;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin console's catalog (issue 13, item 2): an admin runs models, parts, fitments and supersession from
 * the pages, the public lookup and the trail show it; bad input is refused beside its field and changes
 * nothing; customers and reps are refused the pages.
 */
class AdminCatalogPagesIT extends SystemTest {

    @Test
    void anAdminBuildsAModelAndItsPartsFromThePagesAndTheLookupAndTheTrailShowIt() {
        String id = Api.unique();
        String model = "T" + id + "-PG";
        String lid = "P" + id + "-LID";
        String newLid = "P" + id + "-LID2";
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", enc("/admin/index.xhtml"));
            admin.click(By.linkText("Product models"));
            admin.find(By.id("add:code"));
            admin.type("add:code", model).type("add:name", "Page remote").type("add:family", "Test remotes");
            date(admin, "add:launched", "2021-03-01");
            admin.submit("add:submit");
            assertTrue(message(admin).contains("Model " + model + " is in the catalog"), admin.text());
            assertTrue(admin.find(By.id("model-title")).getText().contains(model));
            assertEquals(
                    "On sale",
                    admin.find(By.id("model-state"))
                            .getText()
                            .replaceAll(".*: ", "")
                            .replaceAll("\\..*", ""));

            addPart(admin, lid, "Lid, first version", "9.90", "5");
            addPart(admin, newLid, "Lid, second version", "12.00", "7");

            admin.go("/admin/model.xhtml?code=" + model);
            admin.type("fit:part", lid)
                    .type("fit:position", "lid")
                    .type("fit:from", "A0000")
                    .type("fit:to", "A9999");
            admin.submit("fit:add");
            assertTrue(message(admin).contains(lid + " fits serials A0000 to A9999 at lid"), admin.text());
            assertTrue(admin.find(By.id("fits:fitments")).getText().contains(lid));

            date(admin, "dates:discontinued", "2026-06-30");
            date(admin, "dates:support", "2033-06-30");
            admin.submit("dates:save");
            assertTrue(message(admin).contains("The lifecycle dates are saved"), admin.text());
            assertTrue(admin.find(By.id("model-state")).getText().contains("No longer sold, parts supported"));

            admin.go("/admin/part.xhtml?number=" + lid);
            admin.type("supersession:by", newLid);
            new Select(admin.find(By.id("supersession:how")))
                    .selectByVisibleText("One-way: the new part fits old units, not the reverse");
            admin.submit("supersession:save");
            assertTrue(message(admin).contains(lid + " is now replaced by " + newLid), admin.text());
            String chain = admin.find(By.id("chain")).getText();
            assertTrue(chain.contains(newLid) && chain.contains("One-way"), chain);

            admin.go("/admin/part.xhtml?number=" + newLid);
            admin.type("price:amount", "14.50").submit("price:save");
            assertTrue(message(admin).contains("The list price is saved"), admin.text());
            admin.type("stock:count", "3").submit("stock:save");
            new Select(admin.find(By.id("lifecycle:state"))).selectByVisibleText("Last-time buy (while stock lasts)");
            admin.submit("lifecycle:save");
            assertTrue(admin.find(By.id("now-lifecycle")).getText().startsWith("Last-time buy"));
            assertEquals("3", admin.find(By.id("now-stock")).getText());

            String trail = admin.find(By.id("changes")).getText();
            assertTrue(
                    trail.contains("list price") && trail.contains("12.00 EUR") && trail.contains("14.50 EUR"), trail);
            assertTrue(trail.contains("stock on hand") && trail.contains("admin"), trail);
            assertTrue(trail.contains("Last-time buy (while stock lasts)"), "lifecycles in words: " + trail);
            assertFalse(trail.contains("LAST_TIME_BUY"), trail);
            scrollTo(admin, "changes-title");
            Screenshots.save(admin, "admin-catalog-part-with-trail");

            admin.go("/admin/model.xhtml?code=" + model);
            String modelTrail = admin.find(By.id("changes")).getText();
            assertTrue(modelTrail.contains("fitment added") && modelTrail.contains("lifecycle dates"), modelTrail);
            scrollTo(admin, "fitments-title");
            Screenshots.save(admin, "admin-catalog-model");
        }

        // the public lookup answers with what the admin set: the old lid resolves to the new one, at its new price
        JsonObject fit = Api.at(base)
                .get("/api/v1/models/" + model + "/units/A0042/parts")
                .array()
                .getJsonObject(0);
        assertEquals(lid, fit.getJsonObject("listed").getString("partNumber"));
        JsonObject toShip = fit.getJsonObject("toShip");
        assertEquals(newLid, toShip.getString("partNumber"));
        assertEquals(
                "14.50", toShip.getJsonNumber("listPrice").bigDecimalValue().toPlainString());
        assertEquals(3, toShip.getInt("stockOnHand"));
        assertEquals("LAST_TIME_BUY", toShip.getString("lifecycle"));
        assertEquals(
                "2033-06-30", Api.at(base).get("/api/v1/models/" + model).json().getString("partsSupportUntil"));
    }

    @Test
    void badInputIsShownBesideItsFieldAndChangesNothing() {
        Api api = Api.at(base);
        CatalogFixtures catalog = new CatalogFixtures(api);
        String model = catalog.model("BAD");
        String old = catalog.part("OLD", "5.00", 1, "ACTIVE");
        String newer = catalog.part("NEW", "6.00", 4, "ACTIVE");
        catalog.fit(model, old, "A0000", "A9999", "lid");
        catalog.supersede(old, newer, "ONE_WAY");

        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", enc("/admin/model.xhtml?code=" + model));
            admin.type("fit:part", newer)
                    .type("fit:position", "lid")
                    .type("fit:from", "B9999")
                    .type("fit:to", "B0000");
            admin.submit("fit:add");
            assertEquals(
                    "A serial range ends at or after its start.",
                    admin.find(By.id("fit:to-message")).getText());
            assertEquals("fit:to-message", admin.find(By.id("fit:to")).getAttribute("aria-describedby"));

            date(admin, "dates:discontinued", "2019-12-31");
            admin.submit("dates:save");
            assertEquals(
                    "A model cannot be discontinued before its launch on 2020-01-01.",
                    admin.find(By.id("dates:discontinued-message")).getText());

            admin.go("/admin/part.xhtml?number=" + newer);
            admin.type("price:amount", "-1").submit("price:save");
            assertEquals(
                    "A price cannot be negative.",
                    admin.find(By.id("price:amount-message")).getText());

            admin.type("stock:count", "-2").submit("stock:save");
            assertEquals(
                    "Stock on hand cannot be negative.",
                    admin.find(By.id("stock:count-message")).getText());

            admin.type("supersession:by", old).submit("supersession:save");
            String cycle = admin.find(By.id("supersession:by-message")).getText();
            assertTrue(cycle.startsWith(old + " cannot supersede " + newer), cycle);
            scrollTo(admin, "supersession-title");
            Screenshots.save(admin, "admin-catalog-cycle-refused");
            List<Axe.Violation> serious = Axe.check(admin.driver()).stream()
                    .filter(Axe.Violation::seriousOrCritical)
                    .toList();
            assertEquals(List.of(), serious, "axe on the part page with its errors");

            admin.go("/admin/model.xhtml?code=" + model);
            admin.atWidth(390);
            admin.find(By.id("fit:add"));
            assertEquals(0, admin.horizontalOverflow(), "nothing scrolls sideways at 390 px");
            Screenshots.save(admin, "admin-catalog-model-at-390px");
        }

        Api adminApi = api.as(Api.ADMIN);
        assertEquals(
                1, adminApi.get("/api/v1/models/" + model + "/fitments").json().getInt("total"));
        assertTrue(absent(api.get("/api/v1/models/" + model).json(), "discontinuedOn"));
        JsonObject part = api.get("/api/v1/parts/" + newer).json();
        assertEquals("6.00", part.getJsonNumber("listPrice").bigDecimalValue().toPlainString());
        assertEquals(4, part.getInt("stockOnHand"));
        assertTrue(absent(part, "supersededBy"), part::toString);
        assertEquals(
                1,
                adminApi.get("/api/v1/parts/" + newer + "/changes").json().getInt("total"),
                "only its registration is on record");
    }

    @Test
    void aChangeMadeWhileThePageWasOpenIsNotOverwrittenAndThePageSaysWhoMadeIt() {
        Api api = Api.at(base);
        Api adminApi = api.as(Api.ADMIN);
        CatalogFixtures catalog = new CatalogFixtures(api);
        String part = catalog.part("RACE", "9.90", 5, "ACTIVE");
        String model = catalog.model("RACE");

        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", enc("/admin/part.xhtml?number=" + part));
            admin.find(By.id("stock:count"));
            // meanwhile, another admin session reprices the part
            assertEquals(
                    200,
                    adminApi.put("/api/v1/parts/" + part + "/price", "{\"listPrice\":20.00}")
                            .status());

            admin.type("stock:count", "3").submit("stock:save");
            String said = message(admin);
            assertTrue(
                    said.contains(part + " was changed by admin at ")
                            && said.contains("(list price: 9.90 EUR to 20.00 EUR)")
                            && said.contains("your change was not saved"),
                    said);
            String price = admin.find(By.id("now-price")).getText();
            assertTrue(price.contains("20.00"), "the page shows the part as it is now: " + price);
            assertEquals("20.00", admin.find(By.id("price:amount")).getAttribute("value"), "the forms too");
            assertEquals(5, api.get("/api/v1/parts/" + part).json().getInt("stockOnHand"), "nothing was saved");
            Screenshots.save(admin, "admin-catalog-changed-meanwhile");

            admin.type("stock:count", "3").submit("stock:save"); // on the fresh view: saved
            assertTrue(message(admin).contains("The stock on hand is saved"), admin.text());

            admin.go("/admin/model.xhtml?code=" + model);
            admin.find(By.id("dates:save"));
            JsonObject now = api.get("/api/v1/models/" + model).json();
            assertEquals(
                    200,
                    adminApi.put(
                                    "/api/v1/models/" + model + "/lifecycle",
                                    "{\"launchedOn\":\"" + now.getString("launchedOn")
                                            + "\",\"discontinuedOn\":\"2026-06-30\"}")
                            .status());
            date(admin, "dates:discontinued", "2027-01-31");
            date(admin, "dates:support", "2033-06-30");
            admin.submit("dates:save");
            assertTrue(message(admin).contains(model + " was changed by admin at "), admin.text());
            JsonObject dates = api.get("/api/v1/models/" + model).json();
            assertEquals("2026-06-30", dates.getString("discontinuedOn"), "not written over the other change");
            assertTrue(absent(dates, "partsSupportUntil"), dates::toString);
        }
        JsonObject after = api.get("/api/v1/parts/" + part).json();
        assertEquals("20.00", after.getJsonNumber("listPrice").bigDecimalValue().toPlainString());
        assertEquals(3, after.getInt("stockOnHand"));
    }

    @Test
    void customersAndRepsAreRefusedTheCatalogPages() {
        for (String[] who : new String[][] {{"alice", "alice-demo-pw"}, {"rita", "rep-demo-pw"}}) {
            try (Browser browser = Browser.open(base)) {
                browser.signIn(who[0], who[1], enc("/admin/models.xhtml"));
                assertTrue(browser.text().contains("Not allowed"), browser.text());
                assertTrue(browser.driver().findElements(By.id("add:submit")).isEmpty());
                browser.go("/admin/part.xhtml?number=BD-880-A");
                assertTrue(browser.text().contains("Not allowed"), browser.text());
                assertTrue(browser.driver().findElements(By.id("price:save")).isEmpty());
                browser.go("/admin/model.xhtml?code=HARMONY-880");
                assertTrue(browser.text().contains("Not allowed"), browser.text());
                Screenshots.save(browser, "admin-catalog-refused-" + who[0]);
            }
        }
    }

    private static void addPart(Browser admin, String number, String description, String price, String stock) {
        admin.go("/admin/parts.xhtml");
        admin.type("add:number", number)
                .type("add:description", description)
                .type("add:price", price)
                .type("add:stock", stock);
        admin.submit("add:submit");
        assertTrue(message(admin).contains("Part " + number + " is in the catalog"), admin.text());
    }

    private static String message(Browser browser) {
        return browser.find(By.cssSelector("ul.messages")).getText();
    }

    /** Date inputs take their value in ISO form from script; typing into them depends on the browser's locale. */
    private static void date(Browser browser, String id, String isoDay) {
        browser.find(By.id(id));
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDay);
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private static String enc(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** JSON-B leaves out a member whose value is null. */
    private static boolean absent(JsonObject json, String member) {
        return !json.containsKey(member) || json.isNull(member);
    }
}

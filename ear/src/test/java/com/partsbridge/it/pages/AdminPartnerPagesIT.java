package com.partsbridge.it.pages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin console for partners and trade-in (issue 13, item 2): an admin registers a partner, adds an offer,
 * sets its rate, issues a key whose secret is shown once, sees the partner's feed and its rejections, revokes the
 * key; starts a trade-in program and sets a parts obligation; bad input is refused beside its field and changes
 * nothing; customers, reps and partners are refused the pages.
 */
class AdminPartnerPagesIT extends SystemTest {

    static final String CSV_HEADER = "partner_part_number,our_part_number,price,currency,stock,lead_time_days\n";

    @Test
    void anAdminRegistersAPartnerAddsAnOfferSetsItsRateAndIssuesAKeyShownOnceThenRevokesIt() {
        CatalogFixtures catalog = new CatalogFixtures(Api.at(base));
        String door = catalog.part("DOOR", "9.00", 4, "ACTIVE");
        String name = "Partner " + catalog.id;
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", encoded("/admin/index.xhtml"));
            admin.click(By.linkText("Partners"));
            admin.find(By.id("partner:name"));
            admin.type("partner:name", name).type("partner:royaltyRate", "0.05").submit("partner:register");

            assertEquals(name, admin.find(By.id("partner-name")).getText());
            assertTrue(messages(admin).contains(name + " is registered"), admin.text());
            assertTrue(admin.find(By.id("terms")).getText().contains("5%"), admin.text());
            assertTrue(admin.find(By.id("rate-now")).getText().startsWith("600 calls a minute"), admin.text());
            long partner = Long.parseLong(admin.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            admin.type("rate:requestsPerMinute", "120").submit("rate:save");
            assertTrue(admin.find(By.id("rate-now")).getText().startsWith("120 calls a minute"), admin.text());
            assertEquals(
                    120,
                    Api.at(base)
                            .as(Api.ADMIN)
                            .get("/api/v1/partners/" + partner)
                            .json()
                            .getInt("requestsPerMinute"));

            admin.type("offer:partnerPartNumber", "RL-" + catalog.id)
                    .type("offer:ourPartNumber", door)
                    .type("offer:price", "12.50")
                    .type("offer:stock", "30")
                    .type("offer:leadTimeDays", "4")
                    .submit("offer:put");
            assertTrue(messages(admin).contains("is added"), admin.text());
            String offers = admin.find(By.id("offers")).getText();
            assertTrue(offers.contains("RL-" + catalog.id) && offers.contains(door), offers);

            admin.type("key:label", "ERP sync").submit("key:issue");
            String token = admin.find(By.id("issued-key")).getAttribute("value");
            assertTrue(token.startsWith("pbk_"), token);
            String keyId = token.substring(4, token.indexOf('.'));
            String secret = token.substring(token.indexOf('.') + 1);
            assertTrue(admin.find(By.id("keys:list")).getText().contains("pbk_" + keyId), admin.text());
            admin.screenshot("admin-partner-key-shown-once");

            admin.driver().navigate().refresh(); // the secret was for that one view: a reload no longer has it
            admin.find(By.id("partner-name"));
            assertTrue(admin.driver().findElements(By.id("issued-key")).isEmpty(), "the secret is gone on reload");
            assertFalse(admin.driver().getPageSource().contains(secret), "the secret is nowhere in the page");
            assertTrue(admin.find(By.id("keys:list")).getText().contains("pbk_" + keyId), "the key id stays");

            // the key works on the partner API; the partner sends a feed with one row we cannot take
            Api partnerApi = Api.at(base).withKey(token);
            Api.Reply own = partnerApi.get("/api/partner/v1/offers");
            assertEquals(200, own.status(), own::toString);
            assertTrue(own.body().contains("RL-" + catalog.id), own::toString);
            Api.Reply feed = partnerApi.post(
                    "/api/partner/v1/offer-feeds",
                    "text/csv",
                    (CSV_HEADER + "RL2-" + catalog.id + "," + door + ",11.00,EUR,2,3\n" + "RL3-" + catalog.id + ",NOPE-"
                                    + catalog.id + ",1.00,EUR,1,1\n")
                            .getBytes(UTF_8));
            assertEquals(201, feed.status(), feed::toString);

            admin.driver().navigate().refresh();
            String feeds = admin.find(By.id("feeds")).getText();
            assertTrue(feeds.contains("Applied"), feeds);
            assertTrue(feeds.contains("1, 0, 0"), "one created: " + feeds);
            admin.click(By.id("feeds:0:rejections"));
            String rejected = admin.find(By.id("rejected")).getText();
            assertTrue(rejected.contains("NOPE-" + catalog.id), rejected);
            assertTrue(admin.find(By.id("rejections-title")).getText().contains("(1)"), rejected);
            admin.screenshot("admin-partner-feed-rejections");

            admin.submit("keys:list:0:revoke");
            assertTrue(messages(admin).contains("is revoked"), admin.text());
            assertTrue(
                    admin.driver().findElements(By.id("keys:list:0:revoke")).isEmpty(), "a revoked key has no control");
            assertFalse(admin.find(By.id("keys:list")).getText().contains("Revoke pbk_"), "no dead control");
            Api.Reply refused = partnerApi.get("/api/partner/v1/offers");
            assertEquals(401, refused.status(), refused::toString);

            String history = admin.find(By.id("history")).getText();
            assertTrue(history.contains("API key revoked: pbk_" + keyId), history);
            assertTrue(history.contains("Rate limit changed: 600 to 120 calls a minute"), history);
            assertTrue(history.contains("Registered"), history);
            assertFalse(history.contains(secret), "the trail never holds a secret");

            admin.atWidth(390);
            admin.find(By.id("partner-name"));
            assertEquals(0, admin.horizontalOverflow(), "the partner page does not scroll sideways at 390 px");
        }
    }

    @Test
    void badPartnerInputIsShownBesideItsFieldAndChangesNothing() {
        Api admin = Api.at(base).as(Api.ADMIN);
        long before =
                admin.get("/api/v1/partners").json().getJsonNumber("total").longValue();
        long partner = admin.post("/api/v1/partners", """
                        {"name":"Partner %s","royaltyRate":0.08}""".formatted(Api.unique()))
                .json()
                .getJsonNumber("id")
                .longValue();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin", "admin-demo-pw", encoded("/admin/partners.xhtml"));
            browser.type("partner:name", "").type("partner:royaltyRate", "-0.1").click("partner:register");
            assertEquals(
                    "A partner name is required.",
                    browser.find(By.id("partner:name-message")).getText());
            assertEquals(
                    "A royalty rate cannot be negative.",
                    browser.find(By.id("partner:royaltyRate-message")).getText());
            assertEquals(
                    "partner:royaltyRate-message",
                    browser.find(By.id("partner:royaltyRate")).getAttribute("aria-describedby"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('register-title').scrollIntoView();");
            browser.screenshot("admin-partner-bad-input");
            assertEquals(
                    before + 1,
                    admin.get("/api/v1/partners").json().getJsonNumber("total").longValue(),
                    "no partner was registered");

            browser.go("/admin/partner.xhtml?id=" + partner);
            browser.type("rate:requestsPerMinute", "0").click("rate:save");
            assertEquals(
                    "A rate limit is at least 1 request a minute.",
                    browser.find(By.id("rate:requestsPerMinute-message")).getText());
            assertEquals(
                    600,
                    admin.get("/api/v1/partners/" + partner).json().getInt("requestsPerMinute"),
                    "the rate is unchanged");

            browser.type("offer:partnerPartNumber", "X")
                    .type("offer:ourPartNumber", "NO-SUCH-PART")
                    .type("offer:price", "-1")
                    .click("offer:put");
            assertEquals(
                    "A price cannot be negative.",
                    browser.find(By.id("offer:price-message")).getText());
            assertEquals(
                    0,
                    admin.get("/api/v1/partners/" + partner + "/offers").json().getInt("total"),
                    "no offer");
        }
    }

    @Test
    void anAdminStartsATradeInProgramAndSetsAnObligationWhoseBreachTheReportShows() {
        CatalogFixtures catalog = new CatalogFixtures(Api.at(base));
        String successor = catalog.model("NEW");
        String old = catalog.model("OLD", "2019-01-01", "2024-06-30", "2031-06-30", successor);
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", encoded("/admin/index.xhtml"));
            admin.click(By.linkText("Trade-in programs"));
            admin.find(By.id("program:model"));
            assertTrue(admin.find(By.id("grades")).getText().contains("B: light signs of use"), admin.text());

            new Select(admin.find(By.id("program:model"))).selectByValue(old);
            admin.type("program:baseCredit", "-5")
                    .type("program:monthlyDepreciation", "0.01")
                    .type("program:floorCredit", "10")
                    .click("program:start");
            assertEquals(
                    "A credit cannot be negative.",
                    admin.find(By.id("program:baseCredit-message")).getText());
            assertFalse(programs().contains(old), "no program was started");

            admin.type("program:baseCredit", "80").submit("program:start");
            assertTrue(messages(admin).contains("The trade-in program for " + old + " is started"), admin.text());
            String table = admin.find(By.id("programs")).getText();
            assertTrue(table.contains(old) && table.contains(successor), table);
            assertTrue(programs().contains(old));

            admin.go("/admin/index.xhtml");
            admin.click(By.linkText("Parts obligations"));
            admin.type("obligation:model", "NO-SUCH-" + old).click("obligation:set");
            assertEquals(
                    "No model NO-SUCH-" + old + " is in the catalog: type its code, or choose one of the suggestions.",
                    admin.find(By.id("obligation:model-message")).getText());
            admin.type("obligation:model", old);
            admin.type("obligation:years", "0").click("obligation:set");
            assertEquals(
                    "An obligation lasts at least 1 year.",
                    admin.find(By.id("obligation:years-message")).getText());

            admin.type("obligation:years", "10").type("obligation:deliveryDays", "15");
            admin.submit("obligation:set");
            assertTrue(messages(admin).contains("The obligation for " + old + " is set"), admin.text());
            WebElement row = admin.driver().findElements(By.cssSelector("#report tbody tr")).stream()
                    .filter(r -> r.getText().contains(old))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(admin.text()));
            // in the reader's date format ("30 Jun 2031" in the UK, "Jun 30, 2031" in the US), not ISO
            String promised = row.getText();
            assertTrue(
                    Stream.of(Locale.UK, Locale.US, Locale.GERMANY)
                            .map(l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(l)
                                    .format(LocalDate.of(2031, 6, 30)))
                            .anyMatch(d -> promised.contains(
                                    "The catalog promises parts until " + d + ", but we owe them until ")),
                    promised);
            assertFalse(promised.contains("2031-06-30"), promised);
            assertTrue(row.getText().contains("10 years, within 15 days"), row.getText());
            admin.screenshot("admin-parts-obligations-report");

            admin.atWidth(390);
            admin.find(By.id("report"));
            assertEquals(0, admin.horizontalOverflow(), "nothing scrolls sideways at 390 px");
        }
    }

    @Test
    void customersRepsAndPartnersAreRefusedTheAdminPages() {
        Api admin = Api.at(base).as(Api.ADMIN);
        long partner = admin.post("/api/v1/partners", """
                        {"name":"Partner %s","royaltyRate":0.08}""".formatted(Api.unique()))
                .json()
                .getJsonNumber("id")
                .longValue();
        List<String> pages = List.of(
                "/admin/partners.xhtml",
                "/admin/partner.xhtml?id=" + partner,
                "/admin/trade-in-programs.xhtml",
                "/admin/parts-obligations.xhtml");
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", encoded("/my/units.xhtml"));
            for (String page : pages) {
                alice.go(page);
                assertTrue(alice.text().contains("Not allowed"), page + ": " + alice.text());
                assertTrue(
                        alice.driver().findElements(By.id("partner:register")).isEmpty());
            }
        }
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", encoded("/rep/queue.xhtml"));
            for (String page : pages) {
                rita.go(page);
                assertTrue(rita.text().contains("Not allowed"), page + ": " + rita.text());
                assertTrue(rita.driver().findElements(By.id("key:issue")).isEmpty());
            }
        }
        JsonObject issued =
                admin.post("/api/v1/partners/" + partner + "/api-keys", "{}").json();
        Api partnerKey = Api.at(base).withKey(issued.getString("key"));
        for (String page : pages) {
            Api.Reply refused = partnerKey.get(page);
            assertEquals(403, refused.status(), page + ": " + refused);
            assertFalse(refused.body().contains("Issue a key"), page);
        }
    }

    private List<String> programs() {
        return Api.at(base)
                .as(Api.ADMIN)
                .get("/api/v1/trade-in-programs?size=200")
                .json()
                .getJsonArray("items")
                .stream()
                .map(JsonObject.class::cast)
                .map(p -> p.getString("modelCode"))
                .toList();
    }

    private static String messages(Browser browser) {
        return browser.find(By.cssSelector("ul.messages")).getText();
    }

    private static String encoded(String path) {
        return URLEncoder.encode(path, UTF_8);
    }
}

package com.partsbridge.it.pages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rep desk in real Chromium: a rep works an RMA from request to close, reports failed deliveries, is told
 * who changed an RMA under them, and filters the queue by address; customers are kept out.
 */
class RepDeskPagesIT extends SystemTest {

    private static final Pattern ENUM_CODE = Pattern.compile(
            "\\b(REQUESTED|VERIFIED|APPROVED|SHIPPED|DELIVERED|RETURN_EXPECTED|RETURN_RECEIVED|CLOSED|REJECTED"
                    + "|CANCELLED|DAMAGED|REQUEST|SHIPMENT|RETURN)\\b");

    @Test
    void repWorksAnRmaFromRequestToCloseAndSeesTheTimelineGrow() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String number = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.oldDoor).getString("number");
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/rma.xhtml?number=" + number);
            assertEquals("Requested", rita.find(By.id("state")).getText());
            assertEquals(1, timeline(rita).size());

            rita.click("act:verify");
            waitForState(rita, "Verified");
            assertEquals(2, timeline(rita).size(), "the verification is on the timeline");

            new Select(rita.find(By.id("act:resolution"))).selectByValue("REPLACE");
            rita.click("act:approve");
            waitForState(rita, "Approved");
            assertEquals(3, timeline(rita).size());

            // a barcode scanner types into the focused field and sends Enter
            assertEquals("scan:part", focused(rita), "the scan field has focus on load");
            rita.driver().switchTo().activeElement().sendKeys(fx.hinge + Keys.ENTER);
            waitForMessage(rita, "Wrong part");
            assertEquals("Approved", rita.find(By.id("state")).getText(), "the wrong part did not ship");
            assertEquals(3, timeline(rita).size());
            assertTrue(rita.find(By.id("checks")).getText().contains("Caught"), rita.text());

            assertEquals("scan:part", focused(rita), "ready for the next scan");
            rita.driver().switchTo().activeElement().sendKeys(fx.universalDoor + Keys.ENTER);
            waitForState(rita, "Shipped");
            assertEquals(4, timeline(rita).size());

            rita.click("act:deliver");
            waitForState(rita, "Waiting for the old part");
            assertEquals(6, timeline(rita).size(), "delivered, then waiting for the old part");

            assertEquals("scan:part", focused(rita));
            rita.driver().switchTo().activeElement().sendKeys(fx.oldDoor + Keys.ENTER);
            waitForState(rita, "Old part received");

            rita.click("act:close");
            waitForState(rita, "Closed");
            List<String> timeline = timeline(rita);
            assertEquals(8, timeline.size(), String.join("\n", timeline));
            assertTrue(timeline.get(0).contains("alice (customer)"), timeline.get(0));
            assertTrue(timeline.get(7).contains("Closed") && timeline.get(7).contains("by rita"), timeline.get(7));

            String checks = rita.find(By.id("checks")).getText();
            assertTrue(checks.contains("Fits the unit") && checks.contains("Packing scan"), checks);
            assertTrue(checks.contains("Returned part"), checks);
            assertEquals(
                    5,
                    rita.find(By.id("checks"))
                            .findElements(By.cssSelector("tbody tr"))
                            .size(),
                    checks);
            assertNoFormControls(rita);
            assertFalse(
                    ENUM_CODE.matcher(rita.find(By.tagName("main")).getText()).find(), rita.text());
            rita.screenshot("repWorksAnRmaFromRequestToClose");
        }
    }

    @Test
    void aRejectionWithoutAReasonShowsTheErrorBesideTheReasonThenEndsTheRma() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String number = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.hinge).getString("number");
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/rma.xhtml?number=" + number);
            rita.click("act:reject");

            WebElement error = rita.find(By.id("act:note-message"));
            assertTrue(error.getText().contains("reason"), error.getText());
            assertTrue(rita.find(By.id("act:note"))
                    .getDomAttribute("aria-describedby")
                    .contains("act:note-message"));
            assertEquals("Requested", rita.find(By.id("state")).getText());
            scrollTo(rita, error);
            rita.screenshot("aRejectionWithoutAReasonShowsTheErrorBesideTheReason");

            rita.type("act:note", "the customer's unit is a counterfeit").click("act:reject");
            waitForState(rita, "Rejected");
            assertTrue(String.join("\n", timeline(rita)).contains("the customer's unit is a counterfeit"));
            assertNoFormControls(rita);
            assertTrue(rita.find(By.id("finished")).getText().contains("nothing more can be done"));
        }
    }

    @Test
    void aLostAndAWrongDeliveryAreReportedFromTheDeskAndTheSecondEscalates() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        JsonObject rma = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.hinge);
        rma = fx.done(fx.done(rma, "verification", null), "approval", null);
        fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        String number = rma.getString("number");
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/rma.xhtml?number=" + number);
            assertEquals("Shipped", rita.find(By.id("state")).getText());

            rita.type("act:note", "the carrier lost the parcel").click("act:lost");
            waitForState(rita, "Approved");
            String timeline = String.join("\n", timeline(rita));
            assertTrue(timeline.contains("Delivery failed: a replacement ships"), timeline);
            assertTrue(timeline.contains("the carrier lost the parcel"), timeline);

            rita.driver().switchTo().activeElement().sendKeys(fx.hinge + Keys.ENTER);
            waitForState(rita, "Shipped");

            rita.click("wrong:report");
            assertTrue(rita.find(By.id("wrong:part-message")).getText().contains("part number"), rita.text());
            assertEquals("Shipped", rita.find(By.id("state")).getText());

            rita.type("wrong:part", fx.universalDoor).click("wrong:report");
            waitForState(rita, "Approved");
            String owner = rita.find(By.id("owner")).getText();
            assertTrue(owner.contains("Dana Whitfield") && owner.contains("deadline"), owner);
            assertTrue(String.join("\n", timeline(rita)).contains("Escalated"), rita.text());
            scrollTo(rita, rita.find(By.id("history")));
            rita.screenshot("aLostAndAWrongDeliveryAreReportedFromTheDesk");
        }
    }

    @Test
    void anActionOnAStaleRmaSaysWhoChangedItAndShowsItAsItIsNow() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String number = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.hinge).getString("number");
        try (Browser rita = Browser.open(base);
                Browser admin = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/rma.xhtml?number=" + number);
            admin.signIn("admin", "admin-demo-pw", "/rep/rma.xhtml?number=" + number);
            admin.click("act:verify");
            waitForState(admin, "Verified");

            rita.click("act:verify"); // on the version she loaded, before admin's verification
            waitForMessage(rita, "changed by admin");
            assertEquals("Verified", rita.find(By.id("state")).getText(), "the fresh RMA is shown");
            assertEquals(2, timeline(rita).size(), "her verification was not applied twice");
            rita.screenshot("anActionOnAStaleRmaSaysWhoChangedIt");

            rita.click("act:approve"); // with the fresh version it goes through
            waitForState(rita, "Approved");
        }
    }

    @Test
    void customersAreRefusedTheDesk() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/rep/rma.xhtml?number=RMA-2026-000001");
            assertTrue(alice.text().contains("Not allowed"), alice.text());
            assertTrue(alice.driver().findElements(By.id("act:verify")).isEmpty());
            alice.go("/rep/queue.xhtml");
            assertTrue(alice.text().contains("Not allowed"), alice.text());
            alice.screenshot("customersAreRefusedTheDesk");
        }
    }

    @Test
    void theQueueFiltersAndSearchesWithAnAddressThatSurvivesReload() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        // alice's, not bob's: ServiceRecoveryIT counts on bob having no open case
        long unit = fx.unitOf(Api.ALICE);
        JsonObject first = fx.request(Api.ALICE, unit, fx.hinge);
        String requested = first.getString("number");
        String serial = first.getString("serial");
        String verifiedByRita = fx.done(fx.request(Api.ALICE, unit, fx.hinge), "verification", null)
                .getString("number");
        String escalated = anEscalatedRma(fx);

        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/queue.xhtml");
            rita.type("q", requested).click("filter");
            waitForUrl(rita, "q=" + requested);
            assertEquals(List.of(requested), numbers(rita));
            rita.driver().navigate().refresh();
            assertEquals(List.of(requested), numbers(rita), "the search survives reload");
            assertEquals(requested, rita.find(By.id("q")).getDomProperty("value"));

            rita.type("q", serial);
            new Select(rita.find(By.id("state"))).selectByVisibleText("Verified");
            rita.click("filter");
            waitForUrl(rita, "state=VERIFIED");
            assertEquals(List.of(verifiedByRita), numbers(rita), "search and state combine");
            assertEquals(
                    "Verified", rita.find(By.cssSelector("#queue tbody .state")).getText());

            rita.go("/rep/queue.xhtml?q=" + serial);
            assertTrue(numbers(rita).containsAll(List.of(requested, verifiedByRita)), rita.text());
            rita.click(By.id("mine"));
            rita.click("filter");
            waitForUrl(rita, "mine=");
            assertEquals(List.of(verifiedByRita), numbers(rita), "only the one rita acted on");

            rita.go("/rep/queue.xhtml?escalated=true&q=" + escalated);
            assertEquals(List.of(escalated), numbers(rita));
            assertTrue(rita.find(By.id("queue")).getText().contains("Dana Whitfield"));
            rita.go("/rep/queue.xhtml?escalated=true&q=" + requested);
            assertEquals(List.of(), numbers(rita));
            rita.go("/rep/queue.xhtml?overdue=true&q=" + requested);
            assertEquals(List.of(), numbers(rita), "asked for today, promised in days: not overdue");

            rita.go("/rep/queue.xhtml?q=alice");
            List<String> customers =
                    rita.find(By.id("queue")).findElements(By.cssSelector("tbody tr td:nth-child(3)")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertFalse(customers.isEmpty());
            assertTrue(customers.stream().allMatch("alice"::equals), customers::toString);
            assertFalse(
                    ENUM_CODE.matcher(rita.find(By.tagName("main")).getText()).find(), rita.text());
            rita.screenshot("theQueueFiltersAndSearches");
        }
    }

    @Test
    void theQueueIsPagedAndItsPagesKeepTheFilters() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        long unit = fx.unitOf(Api.ALICE);
        String serial = fx.request(Api.ALICE, unit, fx.hinge).getString("serial");
        for (int i = 0; i < 20; i++) {
            fx.request(Api.ALICE, unit, fx.hinge);
        }
        try (Browser rita = Browser.open(base)) {
            rita.signIn(
                    "rita", "rep-demo-pw", URLEncoder.encode("/rep/queue.xhtml?state=REQUESTED&q=" + serial, UTF_8));
            assertEquals(20, numbers(rita).size(), "20 a page");
            rita.click("next");
            waitForUrl(rita, "page=1");
            assertTrue(rita.driver().getCurrentUrl().contains("q=" + serial), "the filters stay on the next page");
            assertTrue(rita.driver().getCurrentUrl().contains("state=REQUESTED"));
            assertFalse(numbers(rita).isEmpty());
            assertTrue(rita.find(By.id("pageOf")).getText().startsWith("Page 2 of"));
            rita.screenshot("theQueueIsPaged");
        }
    }

    @Test
    void bothDeskPagesHaveNoSeriousAccessibilityViolationAndFitAPhone() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        JsonObject rma = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.oldDoor);
        rma = fx.done(fx.done(rma, "verification", null), "approval", null);
        String approved = rma.getString("number");
        String escalated = anEscalatedRma(fx);
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/queue.xhtml?overdue=true");
            for (String page : List.of(
                    "/rep/queue.xhtml", "/rep/rma.xhtml?number=" + approved, "/rep/rma.xhtml?number=" + escalated)) {
                rita.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
                rita.go(page);
                rita.find(By.tagName("h1"));
                List<Axe.Violation> serious = Axe.check(rita.driver()).stream()
                        .filter(Axe.Violation::seriousOrCritical)
                        .toList();
                assertEquals(List.of(), serious, page);
                rita.atWidth(390);
                rita.find(By.tagName("h1"));
                assertEquals(0, rita.horizontalOverflow(), page + " scrolls sideways at 390 px");
            }
            rita.screenshot("theRmaPageAtPhoneWidth");
        }
    }

    /** An RMA of alice's shipped twice and failed twice (wrong part delivered, then lost): escalated. */
    private String anEscalatedRma(RmaFixtures fx) {
        JsonObject rma = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.hinge);
        rma = fx.done(fx.done(rma, "verification", null), "approval", null);
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "wrong-part-delivery", "\"partNumber\":\"" + fx.universalDoor + "\"");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "loss", "\"note\":\"lost again\"");
        assertEquals("Dana Whitfield, Senior Service Lead", rma.getString("escalatedTo"), rma::toString);
        return rma.getString("number");
    }

    private static List<String> timeline(Browser browser) {
        return browser.find(By.id("history")).findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> numbers(Browser browser) {
        browser.find(By.id("count"));
        return browser.driver().findElements(By.cssSelector("#queue tbody tr td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Brings what a screenshot is about into the window. */
    private static void scrollTo(Browser browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private static String focused(Browser browser) {
        return browser.driver().switchTo().activeElement().getDomAttribute("id");
    }

    private static void waitForState(Browser browser, String words) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("state"), words));
    }

    private static void waitForMessage(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.messages"), text));
    }

    private static void waitForUrl(Browser browser, String part) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    }

    /** A finished RMA shows no dead controls: nothing to type, tick or press in the page's content. */
    private static void assertNoFormControls(Browser browser) {
        List<WebElement> controls =
                browser.find(By.tagName("main")).findElements(By.cssSelector("input, textarea, select, button, form"));
        assertEquals(
                List.of(),
                controls.stream()
                        .map(e -> e.getTagName() + "#" + e.getDomAttribute("id"))
                        .toList());
    }
}

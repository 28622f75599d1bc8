package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Serials at the rep desk and the service history pages, in real Chromium. */
class TraceabilityPagesIT extends SystemTest {

    private static final Pattern CODE = Pattern.compile(
            "\\b(RMA_REQUESTED|PART_SHIPPED|PART_RETURNED|WRONG_PART_CAUGHT|NOTICE|CONCESSION|REQUESTED|VERIFIED"
                    + "|APPROVED|SHIPPED|DELIVERED|RETURN_EXPECTED|RETURN_RECEIVED|CLOSED|STORE_CREDIT)\\b");

    @Test
    void theRepScansASerialWithThePartAndSeesItOnTheLineAndInTheUnitsHistory() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        JsonObject rma = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.oldDoor);
        rma = fx.done(fx.done(rma, "verification", null), "approval", "\"returnRequired\":true");
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/rma.xhtml?number=" + rma.getString("number"));
            rita.type("scan:part", fx.universalDoor);
            rita.type("scan:serial", "du-page-0042");
            rita.click("scan:ship");
            waitForState(rita, "Shipped");

            String lines = rita.find(By.id("lines")).getText();
            assertTrue(lines.contains("DU-PAGE-0042"), lines);
            String history = rita.find(By.id("unit-history")).getText();
            assertTrue(history.contains("Part sent") && history.contains("DU-PAGE-0042"), history);

            rita.click("act:deliver");
            waitForState(rita, "Waiting for the old part");
            rita.type("scan:part", fx.oldDoor);
            rita.type("scan:serial", "bad serial!");
            rita.click("scan:receive");
            new WebDriverWait(rita.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan:serial-message"), "serial"));
            assertEquals("Waiting for the old part", rita.find(By.id("state")).getText());

            rita.type("scan:serial", "DA-PAGE-7");
            rita.click("scan:receive");
            waitForState(rita, "Old part received");
            assertTrue(rita.find(By.id("lines")).getText().contains("DA-PAGE-7"));
            assertTrue(rita.find(By.id("unit-history")).getText().contains("Old part received back"));
            rita.screenshot("traceability-rep-desk-serials");
        }
    }

    @Test
    void theCustomerReadsTheUnitsServiceHistoryInWordsAtPhoneWidth() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        long unit = fx.unitOf(Api.ALICE);
        JsonObject rma = fx.request(Api.ALICE, unit, fx.hinge);
        rma = fx.done(fx.done(rma, "verification", null), "approval", null);
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"],\"scannedSerials\":[\"HG-PAGE-1\"]");
        fx.done(rma, "wrong-part-delivery", "\"partNumber\":\"" + fx.universalDoor + "\"");
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            alice.click(By.cssSelector("a[href$='/my/history.xhtml?unit=" + unit + "']"));
            new WebDriverWait(alice.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("entries")));

            String text = alice.find(By.tagName("main")).getText();
            assertTrue(text.contains("Service history of your " + fx.model), text);
            assertTrue(text.contains("Parts requested") && text.contains("Part sent"), text);
            assertTrue(text.contains("HG-PAGE-1"), text);
            assertTrue(text.contains("We told you"), "the notice: " + text);
            assertFalse(CODE.matcher(text).find(), () -> "codes, not words: " + text);

            List<Axe.Violation> serious = Axe.check(alice.driver()).stream()
                    .filter(Axe.Violation::seriousOrCritical)
                    .toList();
            assertEquals(List.of(), serious);
            alice.atWidth(390);
            assertEquals(0, alice.horizontalOverflow(), "fits a phone");
            alice.screenshot("traceability-customer-history");
        }
    }

    @Test
    void bobIsToldAlicesUnitIsNotHis() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        long alicesUnit = fx.unitOf(Api.ALICE);
        try (Browser bob = Browser.open(base)) {
            bob.signIn("bob", "bob-demo-pw", "/my/history.xhtml?unit=" + alicesUnit);
            String text = bob.find(By.tagName("main")).getText();
            assertTrue(text.contains("no registered unit " + alicesUnit), text);
            assertFalse(text.contains(fx.model), text);
        }
    }

    private static void waitForState(Browser browser, String words) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("state"), words));
    }
}

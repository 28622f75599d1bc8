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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Resolutions on the pages, in real Chromium: a rep approves with one resolution and changes it before the part
 * ships; the customer then reads on their RMA page, in words, what was decided and by when the old part goes back.
 */
class ResolutionPagesIT extends SystemTest {

    private static final Pattern ENUM_CODE =
            Pattern.compile("\\b(REPLACE|ADVANCE_REPLACEMENT|KEEP_IT|REFUND|STORE_CREDIT|CHARGE|WRITE_OFF)\\b");

    @Test
    void repChoosesAResolutionAndTheCustomerSeesItInWords() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        JsonObject requested = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.oldDoor);
        String number = requested.getString("number");
        fx.done(requested, "verification", null);
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/rma.xhtml?number=" + number);
            new Select(rita.find(By.id("act:resolution"))).selectByValue("REPLACE");
            rita.click("act:approve");
            waitForState(rita, "Approved");
            assertTrue(
                    rita.find(By.id("lines")).getText().contains("send the old part back once the new one arrives"),
                    rita.text());

            // before it ships, the rep changes it: the old part will be due back by a date
            new Select(rita.find(By.id("resolve:resolution"))).selectByValue("ADVANCE_REPLACEMENT");
            rita.click("resolve:choose");
            new WebDriverWait(rita.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Resolution changed"));
            assertTrue(rita.find(By.id("lines")).getText().contains("Replacement ships first"), rita.text());
            assertFalse(ENUM_CODE.matcher(rita.find(By.id("rma")).getText()).find(), rita.text());
        }

        JsonObject approved = fx.api.as(Api.REP).get("/api/v1/rmas/" + number).json();
        JsonObject shipped = fx.done(approved, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");
        fx.done(shipped, "delivery", null);
        LocalDate due = LocalDate.parse(shipped.getString("returnDueOn"));

        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/rma.xhtml?number=" + number);
            String dueBack = alice.find(By.id("return-due")).getText();
            // the date in the reader's locale (the browser's): "9 Dec 2026" in the UK, "Dec 9, 2026" in the US
            String date = Stream.of(Locale.UK, Locale.US, Locale.GERMANY)
                    .map(l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(l)
                            .format(due))
                    .filter(dueBack::contains)
                    .findFirst()
                    .orElse("(the due date " + due + " in the reader's locale)");
            assertTrue(dueBack.contains("Send the old part back by " + date), dueBack);
            assertTrue(
                    alice.find(By.id("lines")).getText().contains("Send the old part back by " + date), alice.text());
            assertFalse(ENUM_CODE.matcher(alice.text()).find(), alice.text());
            List<Axe.Violation> serious = Axe.check(alice.driver()).stream()
                    .filter(Axe.Violation::seriousOrCritical)
                    .toList();
            assertEquals(List.of(), serious);
            assertEquals(0, alice.atWidth(390).horizontalOverflow(), "fits a phone");
        }
    }

    @Test
    void aCustomerReadsKeepItNoCharge() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        JsonObject rma = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.oldDoor);
        rma = fx.done(fx.done(rma, "verification", null), "approval", "\"resolution\":\"KEEP_IT\"");
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/rma.xhtml?number=" + rma.getString("number"));
            assertTrue(alice.find(By.id("lines")).getText().contains("Keep it, no charge"), alice.text());
        }
    }

    private static void waitForState(Browser browser, String words) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("state"), words));
    }
}

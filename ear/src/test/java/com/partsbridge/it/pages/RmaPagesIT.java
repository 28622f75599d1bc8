package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A customer requests a part in the browser; a rep verifies, approves and ships it, and a wrong scan is stopped. */
class RmaPagesIT extends SystemTest {

    @Test
    void customerRequestsRepVerifiesApprovesAndShipsWithAScan() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        long unitId = fx.unitOf(Api.ALICE);
        String number;
        try (Browser alice = Browser.open(base)) {
            // the part comes from the parts list's Request action (no typing), then is confirmed
            alice.signIn(
                    "alice",
                    "alice-demo-pw",
                    java.net.URLEncoder.encode(
                            "/my/request.xhtml?unit=" + unitId + "&part=" + fx.oldDoor,
                            java.nio.charset.StandardCharsets.UTF_8));
            alice.click("request:review");
            alice.click("confirm:submit");

            number = alice.find(By.id("title")).getText().split(":")[0];
            assertEquals("Requested", alice.find(By.id("state")).getText(), "the state in words");
            assertTrue(alice.text().contains(fx.universalDoor), "the customer sees the part we will ship");
        }

        try (Browser rita = Browser.open(base)) {
            // the queue's old address for one RMA leads to its own page at the desk
            rita.signIn("rita", "rep-demo-pw", "/rep/queue.xhtml?number=" + number);
            waitForState(rita, "Requested");
            rita.click("act:verify");
            waitForState(rita, "Verified");
            rita.click("act:approve");
            waitForState(rita, "Approved");

            rita.type("scan:part", fx.hinge).click("scan:ship");
            new WebDriverWait(rita.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("ul.messages"), "Wrong part"));
            assertEquals("Approved", rita.find(By.id("state")).getText(), "the wrong part did not ship");

            rita.type("scan:part", fx.universalDoor).click("scan:ship");
            waitForState(rita, "Shipped");
            rita.screenshot("customerRequestsRepVerifiesApprovesAndShipsWithAScan");
        }
    }

    @Test
    void signInIsRequiredForTheRepDeskAndCustomersAreKeptOut() {
        try (Browser browser = Browser.open(base)) {
            browser.go("/rep/queue.xhtml");
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/login.xhtml"),
                    browser.driver().getCurrentUrl());

            browser.signIn("alice", "alice-demo-pw", "/rep/queue.xhtml");
            assertTrue(browser.text().contains("Not allowed"), browser.text());
            browser.screenshot("signInIsRequiredForTheRepDeskAndCustomersAreKeptOut");
        }
    }

    private static void waitForState(Browser browser, String words) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.id("state"), words));
    }
}

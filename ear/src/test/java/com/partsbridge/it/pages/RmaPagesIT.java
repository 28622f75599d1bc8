package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
            rita.signIn("rita", "rep-demo-pw", "/rep/queue.xhtml?number=" + number);
            rita.click("desk:verify");
            assertEquals("VERIFIED", rita.find(By.id("desk:state")).getText());
            rita.click("desk:approve");
            assertEquals("APPROVED", rita.find(By.id("desk:state")).getText());

            rita.type("desk:scan", fx.hinge).click("desk:ship");
            assertTrue(rita.find(By.cssSelector("ul.messages")).getText().contains("Wrong part"));
            assertEquals("APPROVED", rita.find(By.id("desk:state")).getText(), "the wrong part did not ship");

            rita.type("desk:scan", fx.universalDoor).click("desk:ship");
            assertEquals("SHIPPED", rita.find(By.id("desk:state")).getText());
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
        }
    }
}

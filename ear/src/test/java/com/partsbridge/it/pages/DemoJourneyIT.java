package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The journey the README shows, on the demo data a new user starts with: alice's two-year-old Harmony 880
 * (revision A), its discontinued battery door replaced by the universal door, requested, shipped and followed.
 * Its screenshots are the README's (docs/screenshots/).
 */
class DemoJourneyIT extends SystemTest {

    private static final String PARTS = "/parts.xhtml?model=HARMONY-880&serial=H880A01234";

    @Test
    void alicesHarmony880GetsTheUniversalDoorAndSheFollowsIt() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", URLEncoder.encode(PARTS, StandardCharsets.UTF_8));
            String parts = alice.find(By.id("parts")).getText();
            assertTrue(parts.contains("BD-880-A") && parts.contains("is replaced by"), parts);
            assertTrue(alice.find(By.id("diagram-title")).getText().contains("Revision A"));
            // a window tall enough for the drawing and the list below it, scrolled to the drawing
            Dimension before = alice.driver().manage().window().getSize();
            alice.driver().manage().window().setSize(new Dimension(1280, 1400));
            ((JavascriptExecutor) alice.driver()).executeScript("document.getElementById('diagram').scrollIntoView();");
            alice.screenshot("readme-parts-that-fit");
            alice.driver().manage().window().setSize(before);

            alice.click(alice.find(By.id("parts")).findElements(By.cssSelector("a.request")).stream()
                    .filter(a -> a.getText().contains("BD-880-U"))
                    .findFirst()
                    .orElseThrow());
            new org.openqa.selenium.support.ui.Select(alice.find(By.id("request:reason")))
                    .selectByVisibleText("It is broken or damaged");
            alice.click("request:review");
            String confirmation = alice.find(By.id("confirm")).getText();
            assertTrue(confirmation.contains("BD-880-U") && confirmation.contains("We promise"), confirmation);
            alice.screenshot("readme-request-confirmation");

            alice.click("confirm:submit");
            String number = alice.find(By.id("title")).getText().split(":")[0].trim();
            assertTrue(number.startsWith("RMA-"), number);

            // the service team works it: checked, approved, the universal door scanned and shipped
            Api rep = Api.at(base).as(Api.REP);
            JsonObject rma = rep.get("/api/v1/rmas/" + number).json();
            rma = act(rep, rma, "verification", "");
            rma = act(rep, rma, "approval", "");
            act(rep, rma, "shipment", ",\"scannedParts\":[\"BD-880-U\"]");

            alice.go("/my/rma.xhtml?number=" + number);
            assertEquals("On its way", alice.find(By.id("state")).getText());
            String timeline = alice.find(By.id("history")).getText();
            assertTrue(timeline.contains("We shipped the part"), timeline);
            alice.screenshot("readme-rma-timeline");
        }
    }

    private static JsonObject act(Api rep, JsonObject rma, String action, String extra) {
        Api.Reply reply = rep.post(
                "/api/v1/rmas/" + rma.getString("number") + "/" + action,
                "{\"version\":" + rma.getJsonNumber("version").longValue() + extra + "}");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}

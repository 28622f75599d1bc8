package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A customer follows an RMA through its timeline, and finds our notices and their credits again later. */
class TrackPagesIT extends SystemTest {

    private static final Pattern ENUM_CODE =
            Pattern.compile("\\b(REQUESTED|VERIFIED|APPROVED|SHIPPED|DELIVERED|RETURN_EXPECTED|CLOSED|DAMAGED|DEFECTIVE"
                    + "|WRONG_PART_DELIVERED|LOST_SHIPMENT|ESCALATION|STORE_CREDIT|FREE_EXPEDITED_SHIPPING"
                    + "|ACCEPTED|QUOTED)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void followsAnRmaOnATimelineWithStatesInWords() {
        String number = anRmaThatFailedTwice();
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/rmas.xhtml");
            alice.click(By.linkText(number));

            assertEquals("Approved", alice.find(By.id("state")).getText(), "back to approved for a replacement");
            List<String> timeline = alice.find(By.id("history")).findElements(By.tagName("li")).stream()
                    .map(WebElement::getText)
                    .toList();
            String all = String.join("\n", timeline);
            assertTrue(timeline.get(0).contains("You asked for the part"), all);
            assertTrue(all.contains("We checked that the part fits your unit"), all);
            assertTrue(all.contains("We shipped the part"), all);
            assertTrue(all.contains("We are sending a replacement"), all);
            assertTrue(all.contains("We escalated your case"), all);
            assertTrue(all.contains("PartsBridge service team (rita)"), all);
            String owner = alice.find(By.id("owner")).getText();
            assertTrue(owner.contains("Dana Whitfield") && owner.contains("will resolve it by"), owner);

            String page = alice.text();
            assertFalse(ENUM_CODE.matcher(page).find(), () -> "an enum code on the page: " + page);
            assertFalse(ISO_DATE.matcher(page).find(), () -> "an ISO date on the page: " + page);
            alice.screenshot("followsAnRmaOnATimelineWithStatesInWords");
        }
    }

    @Test
    void timesAreInTheReadersOwnTimeZone() {
        String number = anRmaThatFailedTwice();
        try (Browser alice = Browser.openIn(base, "America/New_York")) {
            alice.signIn("alice", "alice-demo-pw", "/my/rmas.xhtml"); // its script tells the server the zone
            alice.click(By.linkText(number));
            assertTrue(alice.text().contains("Times are in America/New York time."), alice.text());
        }
        try (Browser alice = Browser.openIn(base, "Asia/Tokyo")) {
            alice.signIn("alice", "alice-demo-pw", "/my/rmas.xhtml");
            alice.click(By.linkText(number));
            assertTrue(alice.text().contains("Times are in Asia/Tokyo time."), alice.text());
        }
    }

    @Test
    void theRmaPageAtPhoneWidthHasNoHorizontalScroll() {
        String number = anRmaThatFailedTwice();
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/rma.xhtml?number=" + number);
            alice.find(By.id("history"));

            alice.atWidth(390);

            alice.find(By.id("history"));
            assertEquals(0, alice.horizontalOverflow(), "the page scrolls sideways at 390 px");
            alice.screenshot("theRmaPageAtPhoneWidthHasNoHorizontalScroll");
        }
    }

    @Test
    void seesNoticesAndCreditsLater() {
        String number = anRmaThatFailedTwice();
        String code = aTradeInCreditCodeOfAlice();
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/notices.xhtml");
            String notices = alice.find(By.id("notices")).getText();
            assertTrue(notices.contains("We sent you the wrong part (" + number + ")"), notices);
            assertTrue(notices.contains("We sent the wrong part"), "the kind in words: " + notices);
            assertTrue(notices.contains("Store credit"), notices);
            assertFalse(ENUM_CODE.matcher(notices).find(), notices);

            alice.click(By.linkText("Credits and codes"));
            String credits = alice.find(By.id("tradeIns")).getText();
            assertTrue(credits.contains(code), "the code is findable later: " + credits);
            assertTrue(credits.contains("Granted"), credits);
            assertTrue(alice.find(By.id("concessions")).getText().contains("Store credit"), alice.text());
            assertFalse(ENUM_CODE.matcher(alice.text()).find(), alice.text());
            alice.screenshot("seesNoticesAndCreditsLater");
        }
    }

    /**
     * Alice's RMA for a part of a fixture model: shipped, reported wrong by her (a notice and concessions), shipped
     * again and lost (the second failure escalates it to a named owner); it is back to approved.
     */
    private String anRmaThatFailedTwice() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        JsonObject rma = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.hinge);
        rma = fx.done(fx.done(rma, "verification", null), "approval", null);
        rma = fx.done(fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]"), "delivery", null);
        String number = rma.getString("number");
        Api.Reply reported = Api.at(base)
                .as(Api.ALICE)
                .post(
                        "/api/v1/my/rmas/" + number + "/wrong-part-received",
                        "{\"version\":" + rma.getJsonNumber("version") + ",\"partNumber\":\"" + fx.universalDoor
                                + "\"}");
        assertEquals(200, reported.status(), reported::toString);
        rma = fx.done(reported.json(), "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        fx.done(rma, "loss", "\"note\":\"the carrier lost the parcel\"");
        return number;
    }

    private String aTradeInCreditCodeOfAlice() {
        Api alice = Api.at(base).as(Api.ALICE);
        long unitId = -1;
        for (int attempt = 0; attempt < 5 && unitId < 0; attempt++) {
            Api.Reply r = alice.post("/api/v1/my/units", """
                    {"modelCode":"HARMONY-880","serial":"H880A%05d","purchasedOn":"2024-03-01","proofOfPurchase":"receipt"}""".formatted((int) (Math.random() * 100_000)));
            if (r.status() == 201) {
                unitId = r.json().getJsonNumber("id").longValue();
            } else {
                assertEquals(409, r.status(), r::toString); // someone's already: another serial
            }
        }
        Api.Reply quote = alice.post("/api/v1/my/trade-in-quotes", "{\"unitId\":" + unitId + ",\"grade\":\"B\"}");
        assertEquals(201, quote.status(), quote::toString);
        Api.Reply accepted =
                alice.post("/api/v1/my/trade-in-quotes/" + quote.json().getJsonNumber("id") + "/acceptance", "{}");
        assertEquals(200, accepted.status(), accepted::toString);
        return accepted.json().getString("creditCode");
    }
}

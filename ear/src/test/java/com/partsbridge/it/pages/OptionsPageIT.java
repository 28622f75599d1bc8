package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A customer whose cradle is no longer made sees ranked options and takes the trade-in credit, once. */
class OptionsPageIT extends SystemTest {

    @Test
    void customerSeesRankedOptionsAndAcceptsTheTradeInForTheirRegisteredUnitOnce() {
        String serial = registeredHarmony880OfAlice(); // a unit of her own: a unit earns one credit, ever
        try (Browser alice = Browser.open(base)) {
            alice.signIn(
                    "alice",
                    "alice-demo-pw",
                    "/my/options.xhtml?model=HARMONY-880%26serial=" + serial
                            + "%26position=charging%20cradle%26purchasedOn=2024-01-15");

            List<String> rows = alice.find(By.id("options:list")).findElements(By.cssSelector("tbody tr")).stream()
                    .map(r -> r.getText())
                    .toList();
            assertEquals(3, rows.size(), rows::toString);
            assertTrue(rows.get(0).contains("PartsBridge refurbished"), rows.get(0));
            assertTrue(rows.get(1).contains("ReLink Parts"), rows.get(1));
            assertTrue(rows.get(2).contains("HARMONY-950") && rows.get(2).contains("credit"), rows.get(2));

            alice.click("options:list:2:tradeIn");

            assertTrue(
                    alice.find(By.cssSelector("ul.messages"))
                            .getText()
                            .matches("(?s).*Your credit code is TIC-[0-9A-F]{16}.*"),
                    alice.text());

            alice.click("options:list:2:tradeIn");

            assertTrue(alice.find(By.cssSelector("ul.messages")).getText().contains("traded in already"), alice.text());
        }
    }

    @Test
    void aUnitThatIsNotRegisteredToTheCustomerIsToldToRegisterItAndGetsNoCreditOffer() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn(
                    "alice",
                    "alice-demo-pw",
                    "/my/options.xhtml?model=HARMONY-880%26serial=H880B99998%26position=charging%20cradle%26purchasedOn=2024-01-15");

            String hint = alice.find(By.id("notRegistered")).getText();
            assertTrue(hint.contains("registered to you"), hint);
            assertTrue(
                    alice.driver().findElements(By.id("options:list:2:tradeIn")).isEmpty(), alice.text());
            assertFalse(alice.text().contains("credit code"), alice.text());
        }
    }

    @Test
    void optionsKeepTheUnitThroughSignInAndReload() {
        String serial = registeredHarmony880OfAlice();
        try (Browser alice = Browser.open(base)) {
            alice.go("/my/options.xhtml?model=HARMONY-880&serial=" + serial + "&position=charging%20cradle");
            assertTrue(
                    alice.driver().getCurrentUrl().contains("/login.xhtml"),
                    alice.driver().getCurrentUrl());
            alice.type("login:username", "alice")
                    .type("login:password", "alice-demo-pw")
                    .click("login:submit");

            String expected = "Your options for the charging cradle of your HARMONY-880 " + serial;
            assertEquals(expected, alice.find(By.id("heading")).getText());
            alice.driver().navigate().refresh();
            assertEquals(expected, alice.find(By.id("heading")).getText(), "a reload keeps the unit");

            alice.click("options:list:1:follow");

            assertTrue(
                    alice.find(By.cssSelector("ul.messages"))
                            .getText()
                            .contains("We sent your request to ReLink Parts"),
                    alice.text());
            assertEquals(expected, alice.find(By.id("heading")).getText(), "an action keeps the unit");
            alice.driver().navigate().refresh();
            assertEquals(expected, alice.find(By.id("heading")).getText(), "a reload after an action keeps the unit");
            String order = alice.find(By.id("options:list:0:order")).getAttribute("href");
            assertTrue(order.contains("part=") && order.contains("unit="), order);
            alice.screenshot("optionsKeepTheUnitThroughSignInAndReload");
        }
    }

    @Test
    void theTradeInAmountQuotedIsTheAmountGranted() {
        String serial = registeredHarmony880OfAlice(); // registered as bought on 2024-01-15
        try (Browser alice = Browser.open(base)) {
            // a purchase date in the URL is not the registered one, and must not change the credit
            alice.signIn(
                    "alice",
                    "alice-demo-pw",
                    "/my/options.xhtml?model=HARMONY-880%26serial=" + serial
                            + "%26position=charging%20cradle%26purchasedOn=2026-10-01%26grade=C");
            String grades = alice.find(By.id("grades")).getText();
            assertTrue(grades.contains("D: works but worn (30%"), grades);
            String quoted = alice.find(By.id("options:list:2:credit")).getText().replace("credit ", "");

            alice.click("options:list:2:tradeIn");

            String granted = alice.find(By.cssSelector("ul.messages")).getText();
            assertTrue(
                    granted.contains("Your credit code is TIC-") && granted.contains(": " + quoted + " toward"),
                    () -> "quoted " + quoted + ", granted: " + granted);
            JsonObject quote = Api.at(base)
                    .as(Api.ALICE)
                    .get("/api/v1/my/trade-in-quotes?size=1")
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0);
            assertEquals("C", quote.getString("grade"));
            assertEquals(serial, quote.getString("serial"));
            alice.go("/my/credits.xhtml");
            assertTrue(alice.find(By.id("tradeIns")).getText().contains(quoted), alice.text());
            alice.screenshot("theTradeInAmountQuotedIsTheAmountGranted");
        }
    }

    private String registeredHarmony880OfAlice() {
        Api alice = Api.at(base).as(Api.ALICE);
        for (int attempt = 0; attempt < 5; attempt++) {
            String serial = "H880A%05d".formatted((int) (Math.random() * 100_000));
            Api.Reply r = alice.post("/api/v1/my/units", """
                    {"modelCode":"HARMONY-880","serial":"%s","purchasedOn":"2024-01-15","proofOfPurchase":"receipt"}""".formatted(serial));
            if (r.status() == 201) {
                return serial;
            }
            assertEquals(409, r.status(), r::toString); // that serial is someone's already: pick another
        }
        throw new AssertionError("no free serial found");
    }
}

package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.SystemTest;
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
    void aUnitThatIsNotRegisteredToTheCustomerGetsAFriendlyMessageAndNoCredit() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn(
                    "alice",
                    "alice-demo-pw",
                    "/my/options.xhtml?model=HARMONY-880%26serial=H880B99998%26position=charging%20cradle%26purchasedOn=2024-01-15");

            alice.click("options:list:2:tradeIn");

            String messages = alice.find(By.cssSelector("ul.messages")).getText();
            assertTrue(messages.contains("registered to you"), alice.text());
            assertTrue(!messages.contains("credit code"), messages);
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

package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A customer finds their unit, sees why each part fits, requests one without typing its number and confirms. */
class FindAndRequestPagesIT extends SystemTest {

    @Test
    void findsAUnitAndSeesWhyEachPartFits() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        try (Browser browser = Browser.open(base)) {
            browser.go("/parts.xhtml?model=" + fx.model + "&serial=A0042");

            String table = browser.find(By.id("parts")).getText();
            assertTrue(table.contains("fits " + fx.model + " serials A0000 to A9999"), table);
            assertTrue(
                    table.contains(fx.oldDoor + " (") && table.contains("is replaced by " + fx.universalDoor), table);
            assertTrue(table.contains("10 in stock; ships by"), table);
            assertTrue(table.contains("€11.50") || table.contains("11.50"), table);
            assertFalse(table.contains("ACTIVE") || table.contains("DISCONTINUED"), "no lifecycle codes on the page");
            browser.screenshot("findsAUnitAndSeesWhyEachPartFits");
        }
    }

    @Test
    void aRegisteredUnitInWarrantyIsPricedFreeAndAnotherCustomersUnitIsNot() {
        String serial = unitInWarrantyOf(Api.BOB);
        String page = "/parts.xhtml?model=HARMONY-880&serial=" + serial;
        try (Browser bob = Browser.open(base)) {
            bob.signIn("bob", "bob-demo-pw", URLEncoder.encode(page, StandardCharsets.UTF_8));
            String table = bob.find(By.id("parts")).getText();
            assertTrue(table.contains("Free under warranty (until "), table);
            assertFalse(bob.text().contains("not registered to your account"), bob.text());
        }
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", URLEncoder.encode(page, StandardCharsets.UTF_8));
            String table = alice.find(By.id("parts")).getText();
            assertFalse(table.contains("Free under warranty"), "bob's warranty is not alice's: " + table);
            assertTrue(alice.text().contains("not registered to your account"), alice.text());
        }
    }

    /** A HARMONY-880 revision A unit bought a month ago (24 months of cover), registered to {@code customer}. */
    private String unitInWarrantyOf(String customer) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String serial = "H880A"
                    + (20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10000));
            Api.Reply registered = Api.at(base).as(customer).post("/api/v1/my/units", """
                    {"modelCode":"HARMONY-880","serial":"%s","purchasedOn":"%s","proofOfPurchase":"receipt"}""".formatted(
                            serial, LocalDate.now().minusMonths(1)));
            if (registered.status() == 201) {
                return serial;
            }
            assertEquals(409, registered.status(), registered::toString); // taken by an earlier run: another
        }
        throw new AssertionError("no free serial in 20 tries");
    }

    @Test
    void unknownSerialAndUnknownModelSaySoWithWhatToCheck() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        try (Browser browser = Browser.open(base)) {
            browser.go("/parts.xhtml?model=" + fx.model + "&serial=B0001");
            String message = browser.find(By.cssSelector("ul.messages")).getText();
            assertEquals(
                    "No " + fx.model + " unit has serial B0001: serials of this model look like A0000 to A9999;"
                            + " check the serial on the label under the unit",
                    message);
            assertFalse(browser.text().contains("lists no parts"));

            browser.go("/parts.xhtml?model=NO-SUCH-MODEL&serial=A0001");
            message = browser.find(By.cssSelector("ul.messages")).getText();
            assertTrue(
                    message.startsWith("We don't know model NO-SUCH-MODEL: check the model printed on the label"),
                    message);
            assertTrue(browser.driver().findElements(By.id("parts")).isEmpty());
            browser.screenshot("unknownSerialAndUnknownModelSaySoWithWhatToCheck");
        }
    }

    @Test
    void requestsAPartFromTheListWithoutTypingItsNumberAndConfirms() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String serial = fx.serialOfUnitOf(Api.ALICE);
        try (Browser browser = Browser.open(base)) {
            // a visitor: the Request action signs in first and comes back to the same request
            browser.go("/parts.xhtml?model=" + fx.model + "&serial=" + serial);
            browser.click(requestLinkFor(browser, fx.universalDoor));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/login.xhtml"),
                    browser.driver().getCurrentUrl());
            browser.type("login:username", "alice")
                    .type("login:password", "alice-demo-pw")
                    .click("login:submit");

            Select part = new Select(browser.find(By.id("request:part")));
            assertTrue(part.getFirstSelectedOption().getText().startsWith(fx.universalDoor), "the part is preselected");
            new Select(browser.find(By.id("request:reason"))).selectByVisibleText("It is broken or damaged");

            browser.type("request:quantity", "abc").click("request:review");
            assertEquals(
                    "Enter the quantity as a whole number, e.g. 1.",
                    browser.find(By.id("request:quantity-message")).getText());
            assertEquals(
                    "request:quantity-message",
                    browser.find(By.id("request:quantity")).getAttribute("aria-describedby"));
            browser.type("request:quantity", "0").click("request:review");
            assertEquals(
                    "The quantity is 1 to 20 per request.",
                    browser.find(By.id("request:quantity-message")).getText());
            browser.type("request:quantity", "2").click("request:review");

            String confirmation = browser.find(By.id("confirm")).getText();
            assertTrue(confirmation.contains(fx.universalDoor + " "), confirmation);
            assertTrue(confirmation.contains("ships instead"), confirmation);
            assertTrue(confirmation.contains("fits " + fx.model + " serials A0000 to A9999"), confirmation);
            assertTrue(confirmation.contains("It is broken or damaged"), confirmation);
            assertTrue(confirmation.contains("We promise to ship it by"), confirmation);
            assertFalse(confirmation.contains("DAMAGED"), confirmation);
            browser.screenshot("requestsAPartFromTheListWithoutTypingItsNumberAndConfirms");

            browser.click("confirm:submit");
            browser.find(By.id("title"));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/my/rma.xhtml?number=RMA-"),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.text().contains(fx.universalDoor), "the RMA shows the part we ship");
        }
    }

    @Test
    void registersAUnitWithFieldErrorsBesideFields() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String serial = "A" + (1000 + (int) (Math.random() * 8999));
        try (Browser browser = Browser.open(base)) {
            browser.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            browser.click("register:submit");
            assertEquals(
                    "Enter the model printed on the label under the unit.",
                    browser.find(By.id("register:model-message")).getText());
            assertEquals(
                    "Enter the serial number printed on the label under the unit.",
                    browser.find(By.id("register:serial-message")).getText());
            assertEquals(
                    "Enter the date you bought the unit.",
                    browser.find(By.id("register:purchased-message")).getText());

            browser.type("register:model", "NO-SUCH-MODEL").type("register:serial", serial);
            date(browser, LocalDate.now().plusDays(5));
            browser.click("register:submit");
            assertTrue(
                    browser.find(By.id("register:purchased-message")).getText().contains("cannot be in the future"),
                    browser.text());

            browser.type("register:model", "NO-SUCH-MODEL").type("register:serial", serial);
            date(browser, LocalDate.of(2025, 6, 1));
            browser.click("register:submit");
            assertTrue(
                    browser.find(By.id("register:model-message"))
                            .getText()
                            .startsWith("We don't know model NO-SUCH-MODEL"),
                    browser.text());
            // the form sits below the customer's units and notices: show it, not the top of the page
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('register-title').scrollIntoView()");
            browser.screenshot("registersAUnitWithFieldErrorsBesideFields");

            browser.type("register:model", fx.model).type("register:serial", serial);
            date(browser, LocalDate.of(2025, 6, 1));
            browser.click("register:submit");
            assertTrue(browser.find(By.id("units")).getText().contains(serial), browser.text());
            assertTrue(browser.find(By.cssSelector("ul.messages")).getText().contains("is registered"));
        }
    }

    @Test
    void aPartThatDoesNotFitCannotBeRequested() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String serial = fx.serialOfUnitOf(Api.ALICE);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(
                    "alice",
                    "alice-demo-pw",
                    URLEncoder.encode(
                            "/my/request.xhtml?model=" + fx.model + "&serial=" + serial + "&part=" + fx.foreignPart,
                            StandardCharsets.UTF_8));
            String message = browser.find(By.cssSelector("ul.messages")).getText();
            assertTrue(message.contains(fx.foreignPart) && message.contains("do not fit"), message);
            Select part = new Select(browser.find(By.id("request:part")));
            assertTrue(
                    part.getOptions().stream().noneMatch(o -> o.getText().contains(fx.foreignPart)),
                    "a part that does not fit is not offered");
            browser.screenshot("aPartThatDoesNotFitCannotBeRequested");
        }
    }

    @Test
    void thePartsPageFitsAPhoneWithoutHorizontalScrolling() {
        try (Browser browser = Browser.open(base)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.go("/parts.xhtml?model=HARMONY-880&serial=H880A01234");
            browser.find(By.id("parts"));
            long width = (Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.clientWidth;");
            assertTrue(width <= 390 && width <= viewport, "scrollWidth " + width + ", viewport " + viewport);
            browser.screenshot("thePartsPageFitsAPhoneWithoutHorizontalScrolling");
        }
    }

    private static WebElement requestLinkFor(Browser browser, String part) {
        return browser.find(By.id("parts")).findElements(By.cssSelector("a.request")).stream()
                .filter(a -> a.getText().contains(part))
                .findFirst()
                .orElseThrow();
    }

    private static void date(Browser browser, LocalDate day) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('register:purchased').value = arguments[0];", day.toString());
    }
}

package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey with the keyboard alone, as someone who cannot use a mouse would: find the unit, choose a
 * part, sign in, request, confirm. No click and no scripted value: only Tab, typing and Enter, and every stop
 * shows where the focus is.
 */
class KeyboardJourneyIT extends SystemTest {

    /** Far more than any page here needs; a page that traps or loses the focus fails instead of looping. */
    private static final int MAX_TABS = 80;

    @Test
    void findsRequestsAndConfirmsAPartWithTheKeyboardOnly() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String serial = fx.serialOfUnitOf(Api.ALICE);
        try (Browser browser = Browser.open(base)) {
            browser.go("/");

            // the first stop skips the site's navigation
            WebElement skip = tab(browser, e -> true);
            assertEquals("Skip to the page", skip.getText());

            tab(browser, e -> e.getText().equals("Find parts for my unit"));
            enter(browser);

            tab(browser, e -> "model".equals(e.getAttribute("id"))).sendKeys(fx.model);
            tab(browser, e -> "serial".equals(e.getAttribute("id"))).sendKeys(serial);
            enter(browser);

            tab(browser, e -> e.getText().contains("Request") && e.getText().contains(fx.universalDoor));
            enter(browser);

            // a visitor signs in on the way, and lands back on the same request
            tab(browser, e -> "login:username".equals(e.getAttribute("id"))).sendKeys("alice");
            tab(browser, e -> "login:password".equals(e.getAttribute("id"))).sendKeys("alice-demo-pw");
            enter(browser);

            browser.find(By.id("request:part"));
            assertTrue(
                    new Select(browser.find(By.id("request:part")))
                            .getFirstSelectedOption()
                            .getText()
                            .startsWith(fx.universalDoor),
                    "the part chosen on the parts page is preselected");
            // typing on a focused list box picks the option that starts with what was typed
            tab(browser, e -> "request:reason".equals(e.getAttribute("id"))).sendKeys("It is broken");
            WebElement quantity = tab(browser, e -> "request:quantity".equals(e.getAttribute("id")));
            quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            tab(browser, e -> "request:review".equals(e.getAttribute("id")));
            enter(browser);

            assertTrue(browser.find(By.id("confirm")).getText().contains("It is broken or damaged"));
            tab(browser, e -> "confirm:submit".equals(e.getAttribute("id")));
            browser.screenshot("findsRequestsAndConfirmsAPartWithTheKeyboardOnly");
            enter(browser);

            browser.find(By.id("title"));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/my/rma.xhtml?number=RMA-"),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.text().contains(fx.universalDoor), browser.text());
        }
    }

    /**
     * Presses Tab until the focused element matches, checking at each stop that the focus is drawn (an
     * outline the user can see); returns the focused element.
     */
    private static WebElement tab(Browser browser, Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (!"body".equals(focused.getTagName())) {
                assertFocusVisible(browser, focused);
            }
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError(
                "Tab never reached the element on " + browser.driver().getCurrentUrl());
    }

    private static void assertFocusVisible(Browser browser, WebElement focused) {
        String outline = (String) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;",
                        focused);
        assertNotEquals("none", outline.split(" ")[0], "no focus outline on " + describe(focused));
        assertNotEquals("0px", outline.split(" ")[1], "no focus outline on " + describe(focused));
    }

    /** Presses Enter on the focused element and waits until the next page has replaced it. */
    private static void enter(Browser browser) {
        WebElement focused = browser.driver().switchTo().activeElement();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.awaitNextPage(focused);
    }

    private static String describe(WebElement e) {
        return "<" + e.getTagName() + " id=" + e.getAttribute("id") + "> " + e.getText();
    }
}

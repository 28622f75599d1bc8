package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.SystemTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The pages live with a strict Content-Security-Policy: signing in and every page of each kind of user
 * show no policy violation in Chromium's console, while a script injected into a page is blocked.
 */
class SignInPageIT extends SystemTest {

    @Test
    void signedInPagesOfEveryKindOfUserBreakNoContentSecurityRule() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            assertTrue(alice.find(By.cssSelector("header .who")).getText().contains("alice"));
            alice.go("/");
            alice.go("/parts.xhtml?model=HARMONY-880&serial=H880A01234");
            alice.go("/my/options.xhtml?model=HARMONY-880&serial=H880A01234&position=charging%20cradle");
            alice.find(By.tagName("h1"));
            assertEquals(List.of(), violations(alice));
        }
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/rep/queue.xhtml");
            admin.find(By.tagName("h1"));
            admin.go("/admin/incidents.xhtml");
            admin.find(By.tagName("h1"));
            assertEquals(List.of(), violations(admin));
        }
    }

    @Test
    void aWrongPasswordIsToldPlainlyAndSignsNobodyIn() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("alice", "not-her-password", "/my/units.xhtml");

            assertTrue(browser.find(By.cssSelector("ul.messages")).getText().contains("do not match an account"));
            assertTrue(
                    browser.driver().manage().getCookies().stream()
                            .noneMatch(c -> c.getName().equals("JSESSIONID")),
                    "a failed sign-in opens no session");
            assertEquals(List.of(), violations(browser));
        }
    }

    @Test
    void aScriptInjectedIntoAPageIsBlockedByThePolicy() {
        try (Browser browser = Browser.open(base)) {
            browser.go("/");
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    var s = document.createElement('script');
                    s.textContent = 'window.injected = true;';
                    document.body.appendChild(s);""");

            assertEquals(
                    Boolean.FALSE,
                    ((JavascriptExecutor) browser.driver()).executeScript("return window.injected === true;"));
            assertTrue(
                    violations(browser).stream().anyMatch(m -> m.contains("script-src")),
                    "the console reports the blocked script, so the checks above can see violations");
        }
    }

    private static List<String> violations(Browser browser) {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .collect(Collectors.toList());
    }
}

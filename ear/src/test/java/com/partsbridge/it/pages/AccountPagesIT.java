package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's account on the pages: signing out ends the session, signing in as someone else replaces
 * the first person, and a session that ended on the server says so and returns the person where they were.
 */
class AccountPagesIT extends SystemTest {

    @Test
    void signOutFromAnyPageEndsTheSession() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String serial = fx.serialOfUnitOf(Api.ALICE);
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            assertTrue(alice.find(By.id("units")).getText().contains(serial), alice.text());
            assertTrue(alice.find(By.cssSelector("header .who")).getText().contains("alice"));

            alice.submit("sign-out");

            assertEquals(base.getPath(), pathOf(alice), "lands on the home page");
            assertTrue(alice.find(By.cssSelector(".message.info")).getText().contains("You are signed out"));
            assertTrue(alice.driver().findElements(By.id("sign-out")).isEmpty(), "no sign-out once signed out");
            assertTrue(
                    alice.driver().manage().getCookies().stream()
                            .noneMatch(c -> c.getName().equals("JSESSIONID")),
                    "the session cookie is gone with the session");
            screenshot(alice, "account-signed-out");

            alice.driver().navigate().back();
            try {
                new WebDriverWait(alice.driver(), Duration.ofSeconds(10))
                        .until(d -> !alice.text().contains(serial));
            } catch (TimeoutException e) {
                fail("back shows alice's units after sign-out: " + alice.text());
            }

            alice.go("/my/units.xhtml");
            assertTrue(pathOf(alice).endsWith("/login.xhtml"), pathOf(alice));
            assertFalse(alice.text().contains(serial));
            assertFalse(alice.text().contains("expired"), "a sign-out is not an expiry: " + alice.text());
            assertEquals(List.of(), violations(alice));
        }
    }

    @Test
    void signOutWorksFromAPageThatIsNotACustomerPage() {
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/parts.xhtml");
            rita.submit("sign-out");
            assertTrue(rita.find(By.cssSelector(".message.info")).getText().contains("You are signed out"));
            rita.go("/rep/queue.xhtml");
            assertTrue(pathOf(rita).endsWith("/login.xhtml"), pathOf(rita));
        }
    }

    @Test
    void signingInAsAnotherUserReplacesTheFirst() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String alicesSerial = fx.serialOfUnitOf(Api.ALICE);
        String bobsSerial = fx.serialOfUnitOf(Api.BOB);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            assertTrue(browser.find(By.id("units")).getText().contains(alicesSerial));
            String alicesSession = sessionId(browser);

            browser.go("/login.xhtml?next=/my/units.xhtml");
            assertTrue(
                    browser.find(By.id("signed-in-as")).getText().contains("You are signed in as alice"),
                    browser.text());
            screenshot(browser, "account-sign-in-while-signed-in");
            browser.type("login:username", "bob");
            browser.type("login:password", "bob-demo-pw");
            browser.click("login:submit");

            String units = browser.find(By.id("units")).getText();
            assertTrue(units.contains(bobsSerial), units);
            assertFalse(units.contains(alicesSerial), "alice's unit is gone: " + units);
            assertTrue(browser.find(By.cssSelector("header .who")).getText().contains("bob"));
            assertNotEquals(alicesSession, sessionId(browser), "a new session for the new person");
            screenshot(browser, "account-bob-replaces-alice");
        }
    }

    @Test
    void anExpiredSessionSaysSoAndReturnsToThePage() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        String serial = fx.serialOfUnitOf(Api.ALICE);
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            alice.find(By.id("units"));
            // The server forgets the session (here: signed out in another tab), the browser still holds its id,
            // exactly as after a timeout.
            Cookie stale = alice.driver().manage().getCookieNamed("JSESSIONID");
            alice.submit("sign-out");
            alice.find(By.cssSelector(".message.info"));
            alice.driver().manage().addCookie(stale);

            alice.go("/my/units.xhtml");

            assertTrue(pathOf(alice).endsWith("/login.xhtml"), pathOf(alice));
            assertTrue(
                    alice.find(By.cssSelector(".message.warn")).getText().contains("Your session has expired"),
                    alice.text());
            screenshot(alice, "account-session-expired");
            alice.type("login:username", "alice");
            alice.type("login:password", "alice-demo-pw");
            alice.click("login:submit");

            assertTrue(alice.find(By.id("units")).getText().contains(serial));
            assertTrue(pathOf(alice).endsWith("/my/units.xhtml"), pathOf(alice));
        }
    }

    @Test
    void aFormPostedAfterTheSessionEndedAsksToSignInAgainInsteadOfFailing() {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        long unit = fx.unitOf(Api.ALICE);
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            alice.find(By.id("units"));
            alice.go("/my/request.xhtml?unit=" + unit + "&part=" + fx.universalDoor);
            alice.find(By.id("request:review"));
            Cookie stale = alice.driver().manage().getCookieNamed("JSESSIONID");
            alice.driver().manage().deleteCookieNamed("JSESSIONID");
            alice.driver().manage().addCookie(new Cookie("JSESSIONID", "no-such-session" + stale.getValue(), "/"));

            alice.click("request:review");

            assertTrue(pathOf(alice).endsWith("/login.xhtml"), pathOf(alice));
            assertTrue(alice.find(By.cssSelector(".message.warn")).getText().contains("Your session has expired"));
        }
    }

    @Test
    void neverHavingSignedInIsNotAnExpiredSession() {
        try (Browser browser = Browser.open(base)) {
            browser.go("/my/units.xhtml");
            assertTrue(pathOf(browser).endsWith("/login.xhtml"), pathOf(browser));
            browser.find(By.id("login:username"));
            assertFalse(browser.text().contains("expired"), browser.text());
        }
    }

    private static String pathOf(Browser browser) {
        return java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private static String sessionId(Browser browser) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        return session == null ? null : session.getValue();
    }

    private static List<String> violations(Browser browser) {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .collect(Collectors.toList());
    }

    /** For review: target/screenshots/{name}.png. */
    private static void screenshot(Browser browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path shot = ((TakesScreenshot) browser.driver())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

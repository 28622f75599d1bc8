package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.Screenshots;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogType;

/**
 * Every page a visitor, a customer, a rep and an admin can reach today, checked with axe-core in Chromium:
 * no serious or critical violation, and no page over 200 KB (its HTML with
 * its CSS and scripts). Each page's violations and weight are logged for the review.
 */
class AccessibilityIT extends SystemTest {

    private static final Logger LOG = Logger.getLogger(AccessibilityIT.class.getName());

    /** The budget for one page with everything it loads. */
    private static final long MAX_PAGE_BYTES = 200 * 1024;

    @Test
    void pagesOfAVisitorHaveNoSeriousAccessibilityViolationAndStayUnder200KB() {
        List<String> failures = new ArrayList<>();
        try (Browser visitor = Browser.open(base)) {
            check(visitor, "/", failures);
            check(visitor, "/parts.xhtml?model=HARMONY-880&serial=H880A01234", failures);
            check(visitor, "/login.xhtml", failures);
            check(visitor, "/contact.xhtml", failures);
            check(visitor, "/models/parts.xhtml", failures);
            check(visitor, "/models/parts.xhtml?model=HARMONY-880", failures);
            Screenshots.save(visitor, "AccessibilityIT-public-parts");
            check(visitor, "/models/parts.xhtml?model=NO-SUCH-MODEL", failures);
            check(visitor, "/no-such-page.xhtml", failures);
            visitor.go("/login.xhtml");
            // a view state the server never handed out: what a page left open past its session gets
            ((JavascriptExecutor) visitor.driver())
                    .executeScript("document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value ="
                            + " '-1234567890:forged';");
            visitor.type("login:username", "alice")
                    .type("login:password", "alice-demo-pw")
                    .submit("login:submit");
            assertTrue(visitor.find(By.tagName("h1")).getText().contains("expired"), visitor.text());
            checkCurrent(visitor, "expired page", failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void pagesOfACustomerHaveNoSeriousAccessibilityViolationAndStayUnder200KB() {
        List<String> failures = new ArrayList<>();
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            alice.find(By.cssSelector("header .who"));
            checkCurrent(alice, "/my/units.xhtml", failures);
            check(alice, "/my/rma.xhtml?number=RMA-2026-000001", failures);
            check(alice, "/my/options.xhtml?model=HARMONY-880&serial=H880A01234&position=charging%20cradle", failures);
            check(alice, "/parts.xhtml?model=HARMONY-880&serial=H880A01234", failures);
            check(alice, "/my/request.xhtml?model=HARMONY-880&serial=H880A01234&part=BD-880-U", failures);
            check(alice, "/my/rmas.xhtml", failures);
            check(alice, "/my/notices.xhtml", failures);
            check(alice, "/my/credits.xhtml", failures);
            check(alice, "/my/contact.xhtml", failures);
            check(alice, "/my/cases.xhtml", failures);
            check(alice, "/my/history.xhtml?unit=1", failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void pagesOfARepAndAnAdminHaveNoSeriousAccessibilityViolationAndStayUnder200KB() {
        List<String> failures = new ArrayList<>();
        try (Browser rita = Browser.open(base)) {
            rita.signIn("rita", "rep-demo-pw", "/rep/queue.xhtml");
            rita.find(By.tagName("h1"));
            checkCurrent(rita, "/rep/queue.xhtml", failures);
            check(rita, "/rep/rma.xhtml?number=RMA-2026-000001", failures);
            check(rita, "/rep/inbox.xhtml", failures);
        }
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/admin/incidents.xhtml");
            admin.find(By.tagName("h1"));
            checkCurrent(admin, "/admin/incidents.xhtml", failures);
            check(admin, "/admin/diagrams.xhtml?model=HARMONY-880", failures);
            check(admin, "/admin/index.xhtml", failures);
            check(admin, "/admin/partners.xhtml", failures);
            check(admin, "/admin/partner.xhtml?id=" + demoPartner(), failures);
            check(admin, "/admin/trade-in-programs.xhtml", failures);
            check(admin, "/admin/parts-obligations.xhtml", failures);
            check(admin, "/admin/models.xhtml", failures);
            check(admin, "/admin/model.xhtml?code=HARMONY-880", failures);
            check(admin, "/admin/parts.xhtml", failures);
            check(admin, "/admin/part.xhtml?number=BD-880-A", failures);
            check(admin, "/admin/figures.xhtml", failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void axeRunsInThePagesDespiteTheirContentSecurityPolicyAndFindsABrokenPage() {
        try (Browser browser = Browser.open(base)) {
            browser.go("/");
            // an image without a text alternative: axe must see it, or a clean report would prove nothing
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    var img = document.createElement('img');
                    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                    document.querySelector('main').appendChild(img);""");

            List<Axe.Violation> found = Axe.check(browser.driver());

            assertTrue(
                    found.stream().anyMatch(v -> v.rule().equals("image-alt") && v.seriousOrCritical()),
                    found::toString);
            assertTrue(
                    browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                            .noneMatch(e -> e.getMessage().contains("Content Security Policy")),
                    "injecting axe breaks no policy rule");
        }
    }

    /** The demo partner (ReLink Parts, with offers, a key and a referral): its page has something in each list. */
    private long demoPartner() {
        return Api.at(base).as(Api.ADMIN).get("/api/v1/partners?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("name").equals("ReLink Parts"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private void check(Browser browser, String path, List<String> failures) {
        browser.go(path);
        browser.find(By.tagName("h1"));
        checkCurrent(browser, path, failures);
    }

    private void checkCurrent(Browser browser, String page, List<String> failures) {
        Axe.Weight weight = Axe.weight(browser.driver());
        List<Axe.Violation> violations = Axe.check(browser.driver());
        LOG.info(() -> "axe " + page + ": " + weight.bytes() + " bytes in " + (weight.resources() + 1)
                + " requests; violations " + violations);
        for (Axe.Violation v : violations) {
            if (v.seriousOrCritical()) {
                failures.add(page + ": " + v);
            }
        }
        if (weight.bytes() > MAX_PAGE_BYTES) {
            failures.add(page + ": " + weight.bytes() + " bytes, over " + MAX_PAGE_BYTES);
        }
    }
}

package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff declare an incident on the page; the affected customer finds our apology on theirs. */
class IncidentsPageIT extends SystemTest {

    @Test
    void staffDeclareAnIncidentAndTheCustomerSeesTheApology() {
        String title = "Checkout outage " + Api.unique();
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", "admin-demo-pw", "/admin/incidents.xhtml");
            admin.type("incident:title", title)
                    .type("incident:description", "Nobody could request parts for four hours")
                    .type("incident:from", "2026-11-20 10:00")
                    .type("incident:to", "2026-11-20 14:00")
                    .type("incident:customers", "alice")
                    .click("incident:declare");

            assertTrue(admin.find(By.cssSelector("ul.messages")).getText().contains("1 customers told"));
            assertTrue(admin.text().contains(title) && admin.text().contains("STORE_CREDIT 5.00 EUR"), admin.text());
        }
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/units.xhtml");
            assertTrue(
                    alice.find(By.id("latest-notice")).getText().contains("We let you down: " + title),
                    "My units points at the newest letter");

            alice.go("/my/notices.xhtml");
            assertTrue(alice.find(By.id("notices")).getText().contains("We let you down: " + title));
        }
    }
}

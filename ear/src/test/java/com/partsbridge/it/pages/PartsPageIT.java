package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A customer finds the parts that fit their unit in a real (headless) browser. */
class PartsPageIT extends SystemTest {

    @Test
    void customerSeesTheSupersedingPartForTheirUnit() {
        CatalogFixtures catalog = new CatalogFixtures(Api.at(base));
        String remote = catalog.model("WEB");
        String oldDoor = catalog.part("OLD", "9.90", 0, "DISCONTINUED");
        String newDoor = catalog.part("NEW", "11.50", 7, "ACTIVE");
        catalog.fit(remote, oldDoor, "A0000", "A9999", "battery door");
        catalog.supersede(oldDoor, newDoor, "ONE_WAY");

        try (Browser browser = Browser.open(base)) {
            browser.go("/parts.xhtml")
                    .type("model", remote.toLowerCase())
                    .type("serial", "a0042")
                    .click("find");

            String row = browser.find(By.cssSelector("table.results tbody tr")).getText();
            assertTrue(row.contains(newDoor), row);
            assertTrue(row.contains(oldDoor + " (") && row.contains("is replaced by " + newDoor), row);
            assertTrue(row.contains("7 in stock"), row);
            assertTrue(browser.driver().getCurrentUrl().contains("serial=a0042"), "the answer can be bookmarked");
        }
    }

    @Test
    void customerIsToldPlainlyWhenTheModelIsUnknown() {
        try (Browser browser = Browser.open(base)) {
            browser.go("/parts.xhtml?model=NO-SUCH-MODEL&serial=A0001");

            String message = browser.find(By.cssSelector("ul.messages")).getText();
            assertTrue(
                    message.startsWith("We don't know model NO-SUCH-MODEL: check the model printed on the label"),
                    message);
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("table.results"))
                    .isEmpty());
        }
    }
}

package com.partsbridge.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exploded diagram (issue 12, item 3): a customer picks the part on the picture by keyboard alone and
 * requests it; each revision shows its own drawing; an admin uploads a drawing and places a hotspot.
 */
class DiagramPagesIT extends SystemTest {

    private static final String REV_A = "/parts.xhtml?model=HARMONY-880&serial=H880A01234";
    private static final String REV_B = "/parts.xhtml?model=HARMONY-880&serial=H880B04321";

    @Test
    void aliceChoosesThePartOnTheDiagramByKeyboardAndRequestsIt() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", URLEncoder.encode(REV_A, StandardCharsets.UTF_8));
            assertTrue(alice.find(By.id("diagram-title")).getText().contains("Revision A"), alice.text());

            // keyboard only from the finder's button on (above it, alice's list of units grows with every test
            // that registers one for her): Tab until a hotspot link has the focus
            js(alice).executeScript("document.getElementById('find').focus();");
            WebElement hotspot = tabUntil(alice.driver(), "Battery door: BD-880-U");
            assertEquals("a", hotspot.getTagName());
            String ring = (String) js(alice)
                    .executeScript("return getComputedStyle(document.activeElement.querySelector('.hotspot-shape'))"
                            + ".strokeWidth;");
            assertTrue(ring.startsWith("5") || ring.startsWith("6"), "a visible focus ring, stroke " + ring);

            new Actions(alice.driver()).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(alice.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.urlContains("position=battery"));
            assertTrue(
                    alice.driver().getCurrentUrl().endsWith("#chosen-position"),
                    alice.driver().getCurrentUrl());
            WebElement row = alice.find(By.cssSelector("table.fits tr.chosen"));
            assertTrue(row.getText().contains("BD-880-U"), row.getText());
            assertEquals(
                    1,
                    alice.driver()
                            .findElements(By.cssSelector("table.fits tr.chosen"))
                            .size());
            assertTrue(alice.find(By.id("chosen")).getText().contains("You chose the battery door"), alice.text());
            assertTrue(
                    alice.driver()
                            .findElement(By.cssSelector("svg.drawing a.chosen"))
                            .getAttribute("aria-label")
                            .startsWith("Battery door"),
                    "the chosen hotspot is marked too");

            // the next Tab from the row the link landed on is that row's Request action
            new Actions(alice.driver()).sendKeys(Keys.TAB).perform();
            WebElement request = alice.driver().switchTo().activeElement();
            assertTrue(request.getText().startsWith("Request"), request.getText());
            assertTrue(request.getText().contains("BD-880-U"), request.getText());

            desktopScreenshotOfDiagramAndParts(alice);

            alice.driver().navigate().refresh(); // the choice is in the URL: a reload keeps it
            assertTrue(
                    alice.find(By.cssSelector("table.fits tr.chosen")).getText().contains("BD-880-U"));

            request = alice.find(By.cssSelector("table.fits tr.chosen a.request"));
            request.sendKeys(Keys.ENTER);
            Select part = new Select(alice.find(By.id("request:part")));
            assertTrue(
                    part.getFirstSelectedOption().getText().startsWith("BD-880-U"),
                    "the part is preselected: " + part.getFirstSelectedOption().getText());
            assertTrue(
                    alice.driver().getCurrentUrl().contains("serial=H880A01234"),
                    alice.driver().getCurrentUrl());
            alice.screenshot("diagram-hotspot-request");
        }
    }

    /** The screenshot for the README: desktop width, tall enough to show the drawing and the parts together. */
    private static void desktopScreenshotOfDiagramAndParts(Browser browser) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1280, 1500));
        js(browser).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("parts-that-fit-with-diagram");
        browser.driver().manage().window().setSize(before);
    }

    @Test
    void eachRevisionShowsItsOwnDiagramAndThePageStaysAccessibleAndNarrow() {
        try (Browser visitor = Browser.open(base)) {
            visitor.go(REV_B);
            assertTrue(visitor.find(By.id("diagram-title")).getText().contains("Revision B"), visitor.text());
            List<String> names = hotspotNames(visitor);
            assertTrue(names.contains("Battery door hinge: HG-880-B"), names::toString);
            assertTrue(names.contains("Battery door: BD-880-U"), names::toString);
            assertTrue(names.contains("Charging cradle: CR-880, no longer made"), names::toString);
            assertFalse(names.contains("Battery door hinge: HG-880-A"), names::toString);
            String drawing = visitor.find(By.cssSelector("svg.drawing")).getAttribute("innerHTML");
            assertTrue(drawing.contains("clip pin (B)"), "revision B's own drawing");

            List<Axe.Violation> serious = Axe.check(visitor.driver()).stream()
                    .filter(Axe.Violation::seriousOrCritical)
                    .toList();
            assertEquals(List.of(), serious, "axe on the page with the diagram");
            long bytes = Axe.weight(visitor.driver()).bytes();
            assertTrue(bytes < 200 * 1024, bytes + " bytes");

            visitor.go(REV_A);
            assertTrue(visitor.find(By.id("diagram-title")).getText().contains("Revision A"));
            assertTrue(hotspotNames(visitor).contains("Battery door hinge: HG-880-A"));

            visitor.atWidth(390);
            visitor.find(By.id("diagram"));
            assertEquals(0, visitor.horizontalOverflow(), "nothing scrolls sideways at 390 px");
            long drawn = ((Number) js(visitor)
                            .executeScript(
                                    "return document.querySelector('svg.drawing').getBoundingClientRect().width;"))
                    .longValue();
            assertTrue(drawn > 200 && drawn <= 390, "the drawing scales to the phone: " + drawn + " px");
            js(visitor).executeScript("document.getElementById('diagram').scrollIntoView();");
            visitor.screenshot("diagram-at-390px");
        }
    }

    @Test
    void anAdminUploadsADrawingAndPlacesAHotspotWithErrorsBesideTheFields() throws IOException {
        Api api = Api.at(base);
        CatalogFixtures catalog = new CatalogFixtures(api);
        String model = catalog.model("DGP");
        catalog.fit(model, catalog.part("LID", "5.00", 5, "ACTIVE"), "A0000", "A9999", "lid");
        Path drawing = Files.createTempFile("lid-", ".svg");
        Files.writeString(drawing, """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200" onload="alert(1)">
                  <script>alert(2)</script>
                  <rect x="20" y="20" width="200" height="120" fill="#dde2e8" stroke="#1d3557"/>
                </svg>""");
        try (Browser admin = Browser.open(base)) {
            admin.signIn(
                    "admin",
                    "admin-demo-pw",
                    URLEncoder.encode("/admin/diagrams.xhtml?model=" + model, StandardCharsets.UTF_8));
            assertEquals(
                    "This model has no diagram yet.",
                    admin.find(By.id("no-diagrams")).getText());

            admin.type("upload:from", "A0000").type("upload:to", "A9999").type("upload:label", "");
            admin.find(By.id("upload:svg")).sendKeys(drawing.toAbsolutePath().toString());
            admin.click("upload:submit");
            assertEquals(
                    "A label is required, e.g. Revision A.",
                    admin.find(By.id("upload:label-message")).getText());
            assertEquals(
                    "upload:label-message", admin.find(By.id("upload:label")).getAttribute("aria-describedby"));

            admin.type("upload:label", "Revision A");
            admin.find(By.id("upload:svg")).sendKeys(drawing.toAbsolutePath().toString());
            admin.click("upload:submit");
            assertTrue(
                    admin.find(By.cssSelector("ul.messages")).getText().contains("is saved, sanitised"), admin.text());
            assertTrue(admin.find(By.id("editing-title")).getText().contains("Revision A"), admin.text());

            new Select(admin.find(By.id("add-hotspot:position"))).selectByVisibleText("lid");
            admin.type("add-hotspot:x", "250")
                    .type("add-hotspot:y", "20")
                    .type("add-hotspot:width", "abc")
                    .type("add-hotspot:height", "120");
            admin.click("add-hotspot:add");
            assertEquals(
                    "The width is a whole number.",
                    admin.find(By.id("add-hotspot:width-message")).getText());

            admin.type("add-hotspot:width", "200").click("add-hotspot:add");
            String outside = admin.find(By.id("add-hotspot:x-message")).getText();
            assertTrue(outside.contains("lies outside the drawing"), outside);

            admin.type("add-hotspot:x", "20").click("add-hotspot:add");
            assertTrue(
                    admin.find(By.cssSelector("ul.messages")).getText().contains("A hotspot for lid is added"),
                    admin.text());
            assertEquals("20", admin.find(By.id("spots:0:hotspot:x")).getAttribute("value"));
            List<Axe.Violation> serious = Axe.check(admin.driver()).stream()
                    .filter(Axe.Violation::seriousOrCritical)
                    .toList();
            assertEquals(List.of(), serious, "axe on the admin page");
            js(admin).executeScript("document.getElementById('editing').scrollIntoView();");
            admin.screenshot("admin-diagram-with-hotspot");
        }

        var diagrams =
                api.as(Api.ADMIN).get("/api/v1/diagrams?model=" + model).json().getJsonArray("items");
        assertEquals(1, diagrams.size());
        var stored = diagrams.getJsonObject(0);
        assertEquals("lid", stored.getJsonArray("hotspots").getJsonObject(0).getString("position"));
        String served = api.as(Api.ADMIN)
                .getAccepting("/api/v1/diagrams/" + stored.getJsonNumber("id") + "/svg", "image/svg+xml")
                .body();
        assertFalse(served.contains("script") || served.contains("onload"), served);
    }

    /** Presses Tab (at most 80 times) until the focused element's accessible name is {@code name}. */
    private static WebElement tabUntil(WebDriver driver, String name) {
        List<String> passed = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (name.equals(focused.getAttribute("aria-label"))) {
                return focused;
            }
            passed.add(focused.getTagName() + "#" + focused.getAttribute("id") + "["
                    + focused.getAttribute("aria-label") + "]");
        }
        List<String> hotspots = driver.findElements(By.cssSelector("svg.drawing a.hotspot")).stream()
                .map(a -> a.getAttribute("aria-label"))
                .toList();
        throw new AssertionError(
                "no element named '" + name + "' within 80 Tabs; the hotspots: " + hotspots + "; focused: " + passed);
    }

    private static List<String> hotspotNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("svg.drawing a.hotspot")).stream()
                .map(a -> a.getAttribute("aria-label"))
                .toList();
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }
}

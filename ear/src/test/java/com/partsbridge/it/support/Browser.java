package com.partsbridge.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, with a fresh profile per browser. Close it after
 * each test (it is {@link AutoCloseable}).
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * Opens a browser, or skips the test where Chromium is not installed (a machine with only a JDK and
     * Maven). CI installs it and sets {@code -Dbrowser.required=true}, so there a missing browser fails.
     */
    public static Browser open(java.net.URL base) {
        return openIn(base, null);
    }

    /** A browser whose clock is in {@code timeZone} (an IANA id, e.g. America/New_York); null: the machine's. */
    public static Browser openIn(java.net.URL base, String timeZone) {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        boolean installed = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
        if (!installed && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException(
                    "Chromium and chromedriver are required: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "browser test skipped: apt-get install chromium chromium-driver to run it");
        try {
            Path profile = Files.createTempDirectory("partsbridge-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService.Builder builder = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(chromedriver).toFile());
            if (timeZone != null) { // Chromium takes its zone from TZ, which chromedriver passes on
                builder.withEnvironment(java.util.Map.of("TZ", timeZone));
            }
            ChromeDriverService service = builder.build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, base.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String id) {
        find(By.id(id)).click();
        return this;
    }

    /** Clicks a control that loads another page, and waits until that page has replaced this one. */
    public Browser submit(String id) {
        WebElement control = find(By.id(id));
        control.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(control));
        return this;
    }

    /** Waits for an element to be visible, then returns it. */
    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Signs in through the login page as {@code user} and lands on {@code next}. */
    public Browser signIn(String user, String password, String next) {
        go("/login.xhtml?next=" + next);
        type("login:username", user);
        type("login:password", password);
        // the next page has loaded once the sign-in form is gone: reading it sooner races the navigation
        return submit("login:submit");
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for review. */
    public Browser screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window to a phone's width (e.g. 390 px) and reloads the page at that width. */
    public Browser atWidth(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 844));
        driver.navigate().refresh();
        return this;
    }

    /** How many pixels the page is wider than the window: 0 when nothing scrolls sideways. */
    public long horizontalOverflow() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    public String text() {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")))
                .getText();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}

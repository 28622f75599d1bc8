package com.partsbridge.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
        onFresh(By.id(id), field -> {
            field.clear();
            field.sendKeys(text);
        });
        return this;
    }

    /**
     * Clicks an element. When the click loads a page (a submit button of a form the browser will send, or a
     * link to another document), waits for that page as {@link #submit} does: the old page stays in the
     * window until the answer arrives, and reading it then reads the old page's messages (CI saw a test read
     * the previous round's field error that way).
     */
    public Browser click(String id) {
        return click(By.id(id));
    }

    /** {@link #click(String)} for an element found another way, e.g. a link by its text. */
    public Browser click(By by) {
        boolean[] loadsPage = {false};
        WebElement control = onFresh(by, element -> {
            loadsPage[0] = loadsAPage(element);
            element.click();
        });
        if (loadsPage[0]) {
            awaitNextPage(control);
        }
        return this;
    }

    /** {@link #click(String)} for an element the test already holds (it cannot be found again if stale). */
    public Browser click(WebElement element) {
        boolean loadsPage = loadsAPage(element);
        element.click();
        if (loadsPage) {
            awaitNextPage(element);
        }
        return this;
    }

    private boolean loadsAPage(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(LOADS_A_PAGE, element));
    }

    /** True when clicking the element makes the browser load another document (our pages use no Ajax). */
    private static final String LOADS_A_PAGE = """
            var e = arguments[0];
            if ((e.tagName === 'INPUT' || e.tagName === 'BUTTON') && e.type === 'submit' && e.form) {
                return e.form.noValidate || e.formNoValidate || e.form.checkValidity();
            }
            if (e.tagName === 'A') {
                var href = e.getAttribute('href') || '';
                return href !== '' && href.charAt(0) !== '#' && !e.hasAttribute('download')
                    && !e.target && href.indexOf('format=csv') < 0;
            }
            return false;
            """;

    /**
     * Clicks a control that loads another page, and waits until that page has replaced this one and has
     * finished loading (a page still loading may swap the nodes the next step would touch).
     */
    public Browser submit(String id) {
        awaitNextPage(onFresh(By.id(id), WebElement::click));
        return this;
    }

    /**
     * Waits until the page that held {@code clicked} has been replaced and the next one has finished loading,
     * for tests that leave a page in their own way (e.g. the Enter key).
     */
    public void awaitNextPage(WebElement clicked) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> isGone(clicked));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Finds the element and acts on it, finding it again when Chromium answers that the node it found
     * no longer belongs to the document (seen in CI right after a navigation): a flake of the driver, not of
     * the page.
     */
    private WebElement onFresh(By by, java.util.function.Consumer<WebElement> action) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = find(by);
            try {
                action.accept(element);
                return element;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) throw e;
            } catch (WebDriverException e) {
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the page holding the element has been replaced. Chromium says so in one of two ways: a stale
     * reference, or (when the next page is still being built) "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
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

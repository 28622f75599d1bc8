package com.partsbridge.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page under test: {@link #check} injects axe.min.js (from Deque's axe-core jar on the test
 * class path) through WebDriver, runs {@code axe.run()} on the document, and returns its violations. The
 * pages' Content-Security-Policy blocks inline scripts, not WebDriver's own script execution, so nothing in
 * the application is relaxed for the test.
 */
public final class Axe {

    private static final String SOURCE = load("axe.min.js");

    /** What axe reports: a rule broken, how badly (minor, moderate, serious, critical) and where. */
    public record Violation(String rule, String impact, String help, List<String> elements) {

        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + elements;
        }
    }

    /** The page's weight as loaded: its document and every CSS, script or image it fetched. */
    public record Weight(long bytes, int resources) {}

    private Axe() {}

    /** Runs every axe rule on the current page of {@code driver}. */
    public static List<Violation> check(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(function (r) {
                    done(JSON.stringify(r.violations.map(function (v) {
                      return {rule: v.id, impact: v.impact || '', help: v.help,
                              elements: v.nodes.map(function (n) { return n.target.join(' '); })};
                    })));
                  })
                  .catch(function (e) { done('axe failed: ' + e); });""");
        String json = String.valueOf(answer);
        if (!json.startsWith("[")) {
            throw new IllegalStateException(json);
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray violations = reader.readArray();
            return violations.stream()
                    .map(JsonObject.class::cast)
                    .map(v -> new Violation(
                            v.getString("rule"),
                            v.getString("impact"),
                            v.getString("help"),
                            v.getJsonArray("elements").getValuesAs(JsonString.class).stream()
                                    .map(JsonString::getString)
                                    .toList()))
                    .toList();
        }
    }

    /**
     * The bytes the current page took over the wire: the document and its resources (transferSize, or the
     * encoded body size when the browser answered from its cache, so a cached stylesheet still counts).
     */
    public static Weight weight(WebDriver driver) {
        Object answer = ((JavascriptExecutor) driver).executeScript("""
                var entries = performance.getEntriesByType('navigation')
                    .concat(performance.getEntriesByType('resource'));
                var bytes = 0;
                entries.forEach(function (e) { bytes += e.transferSize > 0 ? e.transferSize : e.encodedBodySize; });
                return JSON.stringify({bytes: bytes, resources: entries.length - 1});""");
        try (var reader = Json.createReader(new StringReader(String.valueOf(answer)))) {
            JsonObject w = reader.readObject();
            return new Weight(w.getJsonNumber("bytes").longValue(), w.getInt("resources"));
        }
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

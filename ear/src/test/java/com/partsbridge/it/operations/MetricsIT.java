package com.partsbridge.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * What operations scrape: the business figures and the request counts in Prometheus format on the management
 * port, and readiness.
 */
class MetricsIT extends SystemTest {

    private static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("it.management.port");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheBusinessFiguresAndRequestCountsInPrometheusFormat() throws Exception {
        Api.at(base).get("/api/v1/ping"); // at least one request counted
        // the figures are read every 10 s: on a server that has just started, wait for the first reading; a
        // request is counted as its filter returns, which may be just after the client has its answer
        String scrape = scrapeUntil(s -> value(s, "partsbridge_database_up", "").orElse(0) == 1.0
                && value(s, "partsbridge_http_requests_total", "area=\"api\",status=\"2xx\"")
                                .orElse(0)
                        >= 1);

        assertEquals(1.0, value(scrape, "partsbridge_database_up", "").orElseThrow(), "the figures were read");
        assertTrue(scrape.contains("# TYPE partsbridge_rmas gauge"), scrape);
        for (String metric : new String[] {
            "partsbridge_rmas", "partsbridge_wrong_parts_caught_this_week", "partsbridge_request_to_shipment_minutes",
            "partsbridge_escalations_open", "partsbridge_escalations_overdue", "partsbridge_concessions_this_week"
        }) {
            assertTrue(scrape.contains("\n" + metric + "{"), metric + " in " + scrape);
        }
        assertTrue(
                value(scrape, "partsbridge_wrong_parts_caught_this_week", "gate=\"SHIPMENT\"")
                        .isPresent(),
                scrape);
        assertTrue(
                value(scrape, "partsbridge_request_to_shipment_minutes", "quantile=\"0.9\"")
                        .isPresent(),
                scrape);
        assertTrue(scrape.contains("# TYPE partsbridge_http_requests_total counter"), scrape);
        assertTrue(value(scrape, "partsbridge_http_requests_total", "area=\"api\",status=\"2xx\"")
                        .orElse(0)
                >= 1);
    }

    @Test
    void aNewRequestMovesTheRmaGaugeAndTheApiRequestCounter() throws Exception {
        RmaFixtures fx = new RmaFixtures(Api.at(base));
        long unit = fx.unitOf(Api.ALICE);
        String before = scrapeUntil(
                s -> value(s, "partsbridge_rmas", "state=\"REQUESTED\"").isPresent());
        double requested =
                value(before, "partsbridge_rmas", "state=\"REQUESTED\"").orElse(0);
        double created = value(before, "partsbridge_http_requests_total", "area=\"api\",status=\"2xx\"")
                .orElse(0);

        fx.request(Api.ALICE, unit, fx.hinge);

        // the gauges read figures refreshed every 10 s; the counter moves as the request's filter returns, which
        // may be a moment after the client has its answer: a scrape right then would not see it yet
        String after = scrapeUntil(s -> value(s, "partsbridge_http_requests_total", "area=\"api\",status=\"2xx\"")
                        .orElse(0)
                >= created + 1);
        assertTrue(
                value(after, "partsbridge_http_requests_total", "area=\"api\",status=\"2xx\"")
                                .orElseThrow()
                        >= created + 1,
                after);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        double now = requested;
        while (now < requested + 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            now = value(scrape(), "partsbridge_rmas", "state=\"REQUESTED\"").orElse(0);
        }
        assertTrue(now >= requested + 1, "REQUESTED went from " + requested + " to " + now);
    }

    @Test
    void isReadyWithTheDatabaseReachable() throws Exception {
        HttpResponse<String> ready = get(MANAGEMENT + "/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().startsWith("{\"status\":\"UP\""), ready.body());
        // the application's own check, from the readiness WAR deployed beside the EAR
        assertTrue(ready.body().contains("{\"name\":\"partsbridge-database\",\"status\":\"UP\"}"), ready.body());
    }

    /** Scrapes until {@code ready} holds (at most a minute), then returns the last scrape. */
    private String scrapeUntil(java.util.function.Predicate<String> ready) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String scrape = scrape();
        while (!ready.test(scrape) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            scrape = scrape();
        }
        return scrape;
    }

    private String scrape() throws IOException, InterruptedException {
        HttpResponse<String> r = get(MANAGEMENT + "/prometheus");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The value of the first sample of {@code metric} whose labels contain all of {@code labels} (in the order
     * Prometheus writes them, alphabetical), e.g. {@code state="REQUESTED"}.
     */
    static OptionalDouble value(String scrape, String metric, String labels) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String name = line.substring(0, space);
            boolean match = labels.isEmpty()
                    || java.util.Arrays.stream(labels.split(",")).allMatch(name::contains);
            if (match) {
                return OptionalDouble.of(Double.parseDouble(line.substring(space + 1)));
            }
        }
        return OptionalDouble.empty();
    }
}

package com.partsbridge.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every request by area (api, partner api, page, asset) and status class, as the counter
 * {@code partsbridge_http_requests_total}: its rate is the request rate, the 5xx share the error rate.
 *
 * <p>The counters are looked up once and kept: WildFly's per-deployment registry answers {@code counter(name,
 * tags)} by searching all its meters, which a profile of the fit lookup showed at a tenth of each request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestCounter extends HttpFilter {

    @Inject
    MeterRegistry registry;

    /** By area and status class: a handful of counters (4 areas times 5 classes at most). */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            counter(
                            area(request.getRequestURI()
                                    .substring(request.getContextPath().length())),
                            response.getStatus())
                    .increment();
        }
    }

    private Counter counter(String area, int status) {
        String statusClass = (status / 100) + "xx";
        // registry.counter(name, tags), not Counter.builder(...).register(registry): see BusinessMetrics
        return counters.computeIfAbsent(
                area + "|" + statusClass,
                key -> registry.counter("partsbridge.http.requests", "area", area, "status", statusClass));
    }

    static String area(String path) {
        if (path.startsWith("/api/partner/")) {
            return "partner-api";
        }
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty()) {
            return "page";
        }
        return "other";
    }
}

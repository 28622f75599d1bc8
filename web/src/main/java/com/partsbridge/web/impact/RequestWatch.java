package com.partsbridge.web.impact;

import com.partsbridge.rma.impact.boundary.FailedRequest;
import com.partsbridge.rma.impact.boundary.RequestFailures;
import com.partsbridge.rma.impact.entity.Journey;
import com.partsbridge.rma.impact.entity.RequestFailureKind;
import com.partsbridge.web.http.ProblemResponse;
import com.partsbridge.web.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Watches the requests of signed-in customers on the journeys that matter (pages and API) and hands the ones
 * that failed them to impact detection: a 5xx or an exception, an answer slower than
 * {@code partsbridge.impact.slow-ms} (3000), or slower than {@code partsbridge.impact.timeout-ms} (30000) or
 * broken off. A request that went well costs two clock reads; a failed one queues an asynchronous insert.
 * Anonymous visitors and staff are not watched: an incident is about customers we can write to.
 */
@WebFilter(filterName = "RequestWatch", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestWatch extends HttpFilter {

    private long slowNanos = 3_000_000_000L;
    private long timeoutNanos = 30_000_000_000L;

    @Inject
    RequestFailures failures;

    @Inject
    FaultSwitch faults;

    @Inject
    Clock clock;

    @Override
    public void init() {
        slowNanos = millis("partsbridge.impact.slow-ms", 3_000) * 1_000_000L;
        timeoutNanos = millis("partsbridge.impact.timeout-ms", 30_000) * 1_000_000L;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Journey> journey = Journeys.of(request.getMethod(), path);
        if (journey.isEmpty() || request.getUserPrincipal() == null || !request.isUserInRole(Roles.CUSTOMER)) {
            chain.doFilter(request, response);
            return;
        }
        String customer = request.getUserPrincipal().getName();
        if (faults.failNow(journey.get())) {
            ProblemResponse.write(
                    response,
                    503,
                    "unavailable",
                    "Service Unavailable",
                    "this part of the site is failing (test fault)");
            record(customer, journey.get(), RequestFailureKind.SERVER_ERROR);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } catch (IOException e) { // the connection broke off while we answered
            record(customer, journey.get(), RequestFailureKind.TIMEOUT);
            throw e;
        } catch (ServletException | RuntimeException e) {
            record(customer, journey.get(), RequestFailureKind.SERVER_ERROR);
            throw e;
        }
        long took = System.nanoTime() - start;
        if (response.getStatus() >= 500) {
            record(customer, journey.get(), RequestFailureKind.SERVER_ERROR);
        } else if (took >= timeoutNanos) {
            record(customer, journey.get(), RequestFailureKind.TIMEOUT);
        } else if (took >= slowNanos) {
            record(customer, journey.get(), RequestFailureKind.SLOW);
        }
    }

    private void record(String customer, Journey journey, RequestFailureKind kind) {
        failures.record(new FailedRequest(customer, journey, kind, Instant.now(clock)));
    }

    private static long millis(String name, long fallback) {
        return Math.max(
                1, ConfigProvider.getConfig().getOptionalValue(name, Long.class).orElse(fallback));
    }
}

package com.partsbridge.web.api.partner;

import com.partsbridge.tradein.partner.boundary.PartnerCaller;
import com.partsbridge.web.api.problem.Problem;
import com.partsbridge.web.security.PartnerKeyAuthentication;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Each partner gets its own token bucket (Bucket4j): {@code requestsPerMinute} calls, refilled evenly over the
 * minute. Past it, a 429 problem with {@code Retry-After} in seconds. The bucket lives in this node's memory:
 * with N nodes behind a balancer a partner can reach N times its rate, which is the price of not paying a
 * database write on every call. A new limit takes effect on the partner's next call.
 */
@PartnerApi
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class PartnerRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

    private static final ConcurrentMap<Long, Limit> BUCKETS = new ConcurrentHashMap<>();
    private static final String REMAINING = PartnerRateLimit.class.getName() + ".remaining";

    @Context
    HttpServletRequest request;

    /** A partner's bucket, and the rate it was built for. */
    private record Limit(int perMinute, Bucket bucket) {

        static Limit of(int perMinute) {
            return new Limit(
                    perMinute,
                    Bucket.builder()
                            .addLimit(Bandwidth.builder()
                                    .capacity(perMinute)
                                    .refillGreedy(perMinute, Duration.ofMinutes(1))
                                    .build())
                            .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext context) {
        PartnerCaller caller = PartnerKeyAuthentication.callerOf(request).orElse(null);
        if (caller == null) { // not signed in with a key: the role check answers
            return;
        }
        Limit limit = BUCKETS.compute(
                caller.partnerId(),
                (id, current) -> current == null || current.perMinute() != caller.requestsPerMinute()
                        ? Limit.of(caller.requestsPerMinute())
                        : current);
        ConsumptionProbe probe = limit.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.setProperty(REMAINING, probe.getRemainingTokens());
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        context.abortWith(Problem.of(
                        429,
                        "rate-limited",
                        "Too Many Requests",
                        "partner " + caller.partnerId() + " may make " + caller.requestsPerMinute()
                                + " calls a minute; try again in " + seconds + " s")
                .toResponseBuilder()
                .header("Retry-After", seconds)
                .header("RateLimit-Limit", caller.requestsPerMinute())
                .header("RateLimit-Remaining", 0)
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null) {
            response.getHeaders().putSingle("RateLimit-Remaining", remaining);
        }
    }
}

package com.partsbridge.web.api.partner;

import com.partsbridge.tradein.partner.boundary.Admission;
import com.partsbridge.tradein.partner.boundary.PartnerCaller;
import com.partsbridge.tradein.partner.boundary.PartnerRateLimits;
import com.partsbridge.web.api.problem.Problem;
import com.partsbridge.web.security.PartnerKeyAuthentication;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Each partner gets one token bucket for the whole cluster ({@link PartnerRateLimits}, kept in the database):
 * {@code requestsPerMinute} calls, refilled evenly over the minute, however many nodes the calls are spread
 * over. Past it, a 429 problem with {@code Retry-After} in seconds. A new limit takes effect on the partner's
 * next call.
 */
@PartnerApi
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class PartnerRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String REMAINING = PartnerRateLimit.class.getName() + ".remaining";

    @Context
    HttpServletRequest request;

    @Inject
    PartnerRateLimits limits;

    @Override
    public void filter(ContainerRequestContext context) {
        PartnerCaller caller = PartnerKeyAuthentication.callerOf(request).orElse(null);
        if (caller == null) { // not signed in with a key: the role check answers
            return;
        }
        Admission admission = limits.admit(caller.partnerId(), caller.requestsPerMinute());
        if (admission.admitted()) {
            context.setProperty(REMAINING, admission.remaining());
            return;
        }
        long seconds = admission.retryAfterSeconds();
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

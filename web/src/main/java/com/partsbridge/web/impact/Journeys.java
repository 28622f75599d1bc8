package com.partsbridge.web.impact;

import com.partsbridge.rma.impact.entity.Journey;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which customer journey a request belongs to, from its path (without the context path) and method: the pages
 * and the API paths that serve the same journey count as one. Anything else (static resources, staff pages,
 * the partner API) is not watched.
 */
public final class Journeys {

    private static final Pattern FIT_LOOKUP = Pattern.compile("/api/v1/models/[^/]+/units/[^/]+/parts");

    private Journeys() {}

    public static Optional<Journey> of(String method, String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.equals("/parts.xhtml")
                || path.startsWith("/api/v1/models/")
                        && FIT_LOOKUP.matcher(path).matches()) {
            return Optional.of(Journey.FIT_LOOKUP);
        }
        if (path.equals("/my/request.xhtml") || path.equals("/api/v1/my/rmas") && "POST".equals(method)) {
            return Optional.of(Journey.PART_REQUEST);
        }
        if (path.equals("/my/rmas.xhtml") || path.equals("/my/rma.xhtml") || path.startsWith("/api/v1/my/rmas")) {
            return Optional.of(Journey.RMA_TRACKING);
        }
        if (path.equals("/my/options.xhtml")
                || path.startsWith("/api/v1/transitions")
                || path.startsWith("/api/v1/my/referrals")
                || path.startsWith("/api/v1/my/trade-in-quotes")) {
            return Optional.of(Journey.OPTIONS);
        }
        if (path.startsWith("/my/") || path.startsWith("/api/v1/my/")) {
            return Optional.of(Journey.ACCOUNT);
        }
        return Optional.empty();
    }
}

package com.partsbridge.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses writes that another site makes a signed-in person's browser send. The page session cookie also
 * signs in API calls, so a page elsewhere could post JSON to the API with it: an API write signed in by the
 * cookie (no Authorization header) must come from a page of this site, by its Origin or, lacking that, its
 * Referer; one with neither is refused too, as browsers send Origin on every cross-site POST. Calls with
 * Basic or a partner key are not cookie-borne and pass. Page forms carry Faces' view state token, which
 * another site cannot know; the sign-in form keeps no state (no session before sign-in), so a page POST
 * that names a foreign Origin is refused as well (it would sign the person in as someone else).
 */
@WebFilter(filterName = "CrossSiteRequests", urlPatterns = "/*")
public class CrossSiteRequests extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Further origins of this site, e.g. {@code https://parts.example.com} behind a TLS balancer. */
    @Inject
    @ConfigProperty(name = "partsbridge.site.origins")
    Optional<List<String>> siteOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && signedInByCookie(request)) {
            String source = origin != null ? origin : request.getHeader("Referer");
            if (source == null || !isThisSite(source, request)) {
                ProblemResponse.write(
                        response,
                        403,
                        "cross-site-request",
                        "Forbidden",
                        "a change signed in by the page session must come from a page of this site"
                                + " (Origin or Referer); API clients sign each call with Authorization");
                return;
            }
        } else if (!api && origin != null && !isThisSite(origin, request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedInByCookie(HttpServletRequest request) {
        return request.getUserPrincipal() != null && request.getHeader("Authorization") == null;
    }

    boolean isThisSite(String source, HttpServletRequest request) {
        Optional<String> origin = originOf(source);
        if (origin.isEmpty()) {
            return false; // "null" (a sandboxed frame, a file) or not a URL
        }
        String own = originOf(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort())
                .orElseThrow();
        return origin.get().equals(own)
                || siteOrigins.orElse(List.of()).stream()
                        .map(CrossSiteRequests::originOf)
                        .anyMatch(origin::equals);
    }

    /** {@code scheme://host:port} in lower case with the default port spelled out, or empty. */
    static Optional<String> originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

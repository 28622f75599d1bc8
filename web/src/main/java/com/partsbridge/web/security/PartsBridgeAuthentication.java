package com.partsbridge.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for three kinds of client: API callers send HTTP Basic on each request and get a 401
 * challenge; partner systems send their API key as a bearer token; people on the pages sign in once through
 * the login page and keep a session. Jakarta Security 3 allows one mechanism per application, hence all in
 * one place.
 */
@ApplicationScoped
public class PartsBridgeAuthentication implements HttpAuthenticationMechanism {

    /**
     * The page sign-in kept in the person's session. Only the login page opens a session: API calls carry
     * their credentials on every request, and a session each (as {@code @AutoApplySession} would give them)
     * would pile up for clients that never send the cookie back.
     */
    static final String SIGNED_IN = PartsBridgeAuthentication.class.getName() + ".signedIn";

    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    static final String REALM = "PartsBridge";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    PartnerKeyAuthentication partnerKeys;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) { // the login page called SecurityContext.authenticate
            CredentialValidationResult result = identityStores.validate(submitted);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true);
                request.changeSessionId(); // a new session id at sign-in: no session fixation
                request.getSession().setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(),
                        Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        HttpSession session = authorization == null ? request.getSession(false) : null;
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn who) {
            return context.notifyContainerAboutLogin(who.name(), who.groups());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return partnerKeys.authenticate(authorization.substring(7).trim(), request)
                    .map(caller -> context.notifyContainerAboutLogin(caller, Set.of(Roles.PARTNER)))
                    .orElseGet(() -> bearerChallenge(response));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = identityStores.validate(basicCredential(authorization));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response);
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
        return unauthorized(response, "Basic realm=\"" + REALM + "\"", "sign in to do this");
    }

    private static AuthenticationStatus bearerChallenge(HttpServletResponse response) {
        return unauthorized(response, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"",
                "this API key is unknown, revoked or mistyped");
    }

    /**
     * A 401 with a problem+json body written here: the container's own 401 page is HTML, and an API client
     * should get the same kind of error document from every failure.
     */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String challenge, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", challenge);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"urn:partsbridge:problem:authentication-required\","
                    + "\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail + "\"}");
            response.flushBuffer();
        } catch (java.io.IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Credential basicCredential(String header) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new UsernamePasswordCredential("", "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}

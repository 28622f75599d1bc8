package com.partsbridge.web.security;

import com.partsbridge.web.http.ProblemResponse;
import com.partsbridge.web.http.SecurityHeaders;
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
import java.util.Optional;
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

    record SignedIn(String name, Set<String> groups) implements Serializable {}

    static final String REALM = "PartsBridge";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String RETRY_AFTER = PartsBridgeAuthentication.class.getName() + ".retryAfter";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    PartnerKeyAuthentication partnerKeys;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted
                instanceof UsernamePasswordCredential login) { // the login page called SecurityContext.authenticate
            long wait = throttle.retryAfterSeconds(login.getCaller(), request.getRemoteAddr());
            if (wait > 0) { // the page tells the person; the password is not checked
                request.setAttribute(RETRY_AFTER, wait);
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = check(login, request, "sign-in page");
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true);
                request.changeSessionId(); // a new session id at sign-in: no session fixation
                request.getSession()
                        .setAttribute(
                                SIGNED_IN,
                                new SignedIn(
                                        result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        HttpSession session = authorization == null ? request.getSession(false) : null;
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn who) {
            return context.notifyContainerAboutLogin(who.name(), who.groups());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return partnerKeys
                    .authenticate(authorization.substring(7).trim(), request)
                    .map(caller -> context.notifyContainerAboutLogin(caller, Set.of(Roles.PARTNER)))
                    .orElseGet(() -> bearerChallenge(request, response));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential login = basicCredential(authorization);
            long wait = throttle.retryAfterSeconds(login.getCaller(), request.getRemoteAddr());
            if (wait > 0) {
                return tooManyAttempts(request, response, wait);
            }
            CredentialValidationResult result = check(login, request, "basic");
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(request, response);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(request, response);
        }
        String target =
                request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        SecurityHeaders.apply(response);
        return context.redirect(
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /** How long the sign-in page must tell the person to wait, in seconds, when attempts are paused. */
    public static Optional<Long> retryAfter(HttpServletRequest request) {
        return Optional.ofNullable((Long) request.getAttribute(RETRY_AFTER));
    }

    /** Checks the password and keeps count of failures; a failure is one log line, never a stack trace. */
    private CredentialValidationResult check(
            UsernamePasswordCredential login, HttpServletRequest request, String channel) {
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login.getCaller());
        } else {
            throttle.failed(login.getCaller(), request.getRemoteAddr(), channel);
        }
        return result;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        return refuse(request, response, 401, "authentication-required", "Unauthorized", "sign in to do this");
    }

    private static AuthenticationStatus bearerChallenge(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
        return refuse(
                request,
                response,
                401,
                "authentication-required",
                "Unauthorized",
                "this API key is unknown, revoked or mistyped");
    }

    private static AuthenticationStatus tooManyAttempts(
            HttpServletRequest request, HttpServletResponse response, long seconds) {
        response.setHeader("Retry-After", Long.toString(seconds));
        return refuse(
                request,
                response,
                429,
                "too-many-sign-in-attempts",
                "Too Many Requests",
                "too many failed sign-ins for this account or from this address; try again in " + seconds + " s");
    }

    /**
     * A problem+json body written here: the container's own error page is HTML, and an API client should get
     * the same kind of error document from every failure.
     */
    private static AuthenticationStatus refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail) {
        SecurityHeaders.apply(response); // no filter runs after a refusal here
        ProblemResponse.writeAndFinish(request, response, status, type, title, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basicCredential(String header) {
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

package com.partsbridge.web.pages;

import com.partsbridge.web.security.PartsBridgeAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/** The sign-in form; hands the credential to the application's authentication mechanism. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            signOutFirst(request);
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        Optional<Long> wait = PartsBridgeAuthentication.retryAfter(request);
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else if (wait.isPresent()) {
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", wait.get().toString());
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "Too many failed sign-ins for this account or from your network. Please try again in "
                                    + inWords(wait.get()) + ".",
                            null));
        } else {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, "That username and password do not match an account.", null));
        }
    }

    /**
     * Someone else is signed in on this browser. Left signed in, the container would take the request as
     * already authenticated and never ask the mechanism about the new credential: the first person would
     * silently stay. Their session ends here, whatever the new credential turns out to be.
     */
    private void signOutFirst(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        faces.getViewRoot().setTransient(true); // a failed attempt must not open a session for nobody
    }

    /**
     * The browser sent a session id that no longer names a session: it timed out or was ended elsewhere. A
     * sign-out drops the cookie with the session, and an anonymous visit never gets one, so neither lands here.
     */
    public boolean isSessionExpired() {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        return request.getUserPrincipal() == null
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
    }

    private static String inWords(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "a second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    /** Only a path on this site: an open redirect would let a phishing link borrow our login page. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

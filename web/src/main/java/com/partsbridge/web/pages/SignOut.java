package com.partsbridge.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs the person out and lands on the home page saying so. A plain POST, not a Faces action: it must work
 * from any page, also when the page's view state is gone (the session already ended in another tab) or the
 * view keeps no state. It is safe from other sites as the session cookie is SameSite=Lax and
 * {@link com.partsbridge.web.http.CrossSiteRequests} refuses a foreign Origin; a GET (a link, a prefetch)
 * signs nobody out.
 */
@WebServlet(name = "SignOut", urlPatterns = SignOut.PATH)
public class SignOut extends HttpServlet {

    public static final String PATH = "/sign-out";

    /** The query parameter that makes the home page say "You are signed out". */
    public static final String SIGNED_OUT = "signed-out";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate(); // also drops the session cookie, so the next page is "signed out", not "expired"
        }
        response.setHeader("Cache-Control", "no-store");
        // Chromium keeps even no-store pages for Back (its back/forward cache); this empties it, so Back shows
        // no signed-in page. Browsers honour it on HTTPS and localhost.
        response.setHeader("Clear-Site-Data", "\"cache\"");
        response.sendRedirect(request.getContextPath() + "/?" + SIGNED_OUT + "=true");
    }
}

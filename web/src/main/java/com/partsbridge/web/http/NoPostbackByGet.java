package com.partsbridge.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Faces treats any request carrying a view state as a postback, GET included: a link with the sign-in
 * form's fields in its query string signed a person in. Forms are posted; a GET with a view state is a 400.
 */
@WebFilter(filterName = "NoPostbackByGet", urlPatterns = "*.xhtml")
public class NoPostbackByGet extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equalsIgnoreCase(request.getMethod()) && request.getParameter(VIEW_STATE) != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}

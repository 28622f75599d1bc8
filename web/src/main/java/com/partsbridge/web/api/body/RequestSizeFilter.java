package com.partsbridge.web.api.body;

import com.partsbridge.web.api.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The server takes bodies up to 80 MiB because offer feeds need them; everywhere else a request declaring a
 * body beyond the API's limit is refused before anything reads it (413), pages included, and a page form
 * must declare its length (browsers always do), since the form parser would not stop a chunked one early.
 * Bodies the API does read are also counted as they arrive ({@link BoundedBody}).
 */
@WebFilter(urlPatterns = "/*", filterName = "request-size")
public class RequestSizeFilter extends HttpFilter {

    /** The one path that takes large bodies: it enforces partsbridge.feed.max-bytes itself. */
    static final String FEED_UPLOAD = "/api/partner/v1/offer-feeds";

    private long maxBytes;

    @Override
    public void init() {
        maxBytes = BodyLimits.maxBodyBytes();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (!("POST".equals(request.getMethod()) && path.equals(FEED_UPLOAD))) {
            if (request.getContentLengthLong() > maxBytes) {
                refuse(
                        response,
                        api,
                        413,
                        "body-too-large",
                        "Content Too Large",
                        "the request body is larger than " + maxBytes + " bytes");
                return;
            }
            if (!api && request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
                refuse(response, false, 411, "length-required", "Length Required", "send the length of the body");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(
            HttpServletResponse response, boolean api, int status, String code, String title, String detail)
            throws IOException {
        response.setHeader("Connection", "close"); // do not read on through the rest of a huge body
        if (!api) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(Problem.of(status, code, title, detail).toJson().toString());
    }
}

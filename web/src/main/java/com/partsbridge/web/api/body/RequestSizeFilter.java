package com.partsbridge.web.api.body;

import com.partsbridge.catalog.diagram.boundary.Diagrams;
import com.partsbridge.web.api.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

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

    /** Diagram drawings (SVG) come through the API and the admin page's multipart form; Diagrams checks the drawing's own size. */
    static final Pattern DIAGRAM_UPLOAD = Pattern.compile("/api/v1/diagrams/[^/]+/svg");

    static final String DIAGRAM_PAGE = "/admin/diagrams.xhtml";

    /** What a multipart form adds to the drawing: the other fields and the view state. */
    static final long FORM_OVERHEAD_BYTES = 32 * 1024;

    private long maxBytes;
    private long diagramMaxBytes;

    @Override
    public void init() {
        maxBytes = BodyLimits.maxBodyBytes();
        diagramMaxBytes = ConfigProvider.getConfig()
                .getOptionalValue(Diagrams.MAX_BYTES, Long.class)
                .orElse((long) Diagrams.DEFAULT_MAX_BYTES);
    }

    /** The largest body a request may declare. */
    private long limitFor(String method, String path) {
        if ("PUT".equals(method) && DIAGRAM_UPLOAD.matcher(path).matches()) {
            return Math.max(maxBytes, diagramMaxBytes);
        }
        if ("POST".equals(method) && path.equals(DIAGRAM_PAGE)) {
            return Math.max(maxBytes, diagramMaxBytes + FORM_OVERHEAD_BYTES);
        }
        return maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (!("POST".equals(request.getMethod()) && path.equals(FEED_UPLOAD))) {
            long limit = limitFor(request.getMethod(), path);
            if (request.getContentLengthLong() > limit) {
                refuse(
                        response,
                        api,
                        413,
                        "body-too-large",
                        "Content Too Large",
                        "the request body is larger than " + limit + " bytes");
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

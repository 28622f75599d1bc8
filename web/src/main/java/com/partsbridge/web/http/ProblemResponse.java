package com.partsbridge.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * An RFC 9457 problem+json answer written straight to the servlet response, for the answers given before
 * JAX-RS runs (sign-in, cross-site refusals), so that API clients get the same kind of error document from
 * every failure.
 */
public final class ProblemResponse {

    private ProblemResponse() {}

    /** Writes the problem; {@code type} is the last part of {@code urn:partsbridge:problem:<type>}. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"urn:partsbridge:problem:" + type + "\",\"title\":\"" + json(title)
                        + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\"}");
    }

    /**
     * Writes the problem and ends the exchange. Needed where the authentication mechanism answers: after a
     * failed authentication Undertow calls sendError on a response that is not complete, and a response
     * already sent makes that an ERROR with a stack trace (UT010019). Reading the rest of the request and
     * closing the response completes it, so Undertow leaves it alone.
     */
    public static void writeAndFinish(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail) {
        try {
            write(response, status, type, title, detail);
            try (InputStream rest = request.getInputStream()) {
                rest.transferTo(java.io.OutputStream.nullOutputStream());
            }
            response.getWriter().close();
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the body was already read: nothing more to tell it
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

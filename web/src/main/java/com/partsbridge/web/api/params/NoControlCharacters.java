package com.partsbridge.web.api.params;

import com.partsbridge.web.api.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a path or query value that holds a control character (a NUL, a line break) before any resource sees
 * it. No part number, serial, user name or key contains one, and PostgreSQL refuses a NUL in text outright, so
 * without this check {@code %00} in a path reached the database and came back as a server error.
 */
@Provider
@PreMatching
public class NoControlCharacters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (hasControl(request.getUriInfo().getPath(true))) {
            request.abortWith(refusal("path", "the address holds a control character; remove it"));
            return;
        }
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (hasControl(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(NoControlCharacters::hasControl)) {
                request.abortWith(
                        refusal(printable(parameter.getKey()), "this value holds a control character; remove it"));
                return;
            }
        }
    }

    static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String printable(String name) {
        return hasControl(name) ? "query" : name;
    }

    private static Response refusal(String field, String message) {
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-input", message)
                .field(field, message)
                .toResponse();
    }
}

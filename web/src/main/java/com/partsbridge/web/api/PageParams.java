package com.partsbridge.web.api;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} on list endpoints. Read as text so that "abc" becomes a 400 naming the field,
 * not the 404 JAX-RS gives a query parameter it cannot convert.
 */
public class PageParams {

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    public PageRequest toRequest() {
        return new PageRequest(integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    public static int integer(String field, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            // echo only the start of what was sent: a query string can be long
            String shown = raw.length() > 20 ? raw.substring(0, 20) + "..." : raw;
            throw new InvalidInputException(field, field + " must be a whole number within range, not '" + shown + "'");
        }
    }
}

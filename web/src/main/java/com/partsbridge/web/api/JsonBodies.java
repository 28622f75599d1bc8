package com.partsbridge.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/** Reading the one or two members of a small JSON body (a state, a grade, a label). */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** A text member, or null when absent, null or not text; the boundary then says what is missing. */
    public static String text(JsonObject body, String member) {
        return body != null && body.get(member) instanceof JsonString s ? s.getString() : null;
    }
}

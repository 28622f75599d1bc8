package com.partsbridge.web.api.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What went wrong, as one classification both the API (a problem document) and the pages (a message) show:
 * an HTTP status, a stable code, a human detail, the offending fields and, for a failure on our side, the
 * incident id under which it was logged.
 */
public record Failure(
        int status, String code, String title, String detail, Map<String, String> fields, String incident) {

    public Failure {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static Failure of(int status, String code, String title, String detail) {
        return new Failure(status, code, title, detail, Map.of(), null);
    }

    Failure withField(String name, String message) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.merge(name, message, (a, b) -> a + "; " + b);
        return new Failure(status, code, title, detail, more, incident);
    }

    /** A fault of ours (logged with an incident id), as opposed to a request we refused. */
    public boolean unexpected() {
        return incident != null;
    }
}

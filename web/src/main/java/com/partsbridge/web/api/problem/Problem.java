package com.partsbridge.web.api.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem document: a stable type, a title, the status, a human detail and, optionally, fields. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:partsbridge:problem:";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();

    private Problem(int status, String code, String title, String detail) {
        this.status = status;
        this.type = TYPE_PREFIX + code;
        this.title = title;
        this.detail = detail;
    }

    public static Problem of(Response.Status status, String code, String detail) {
        return new Problem(status.getStatusCode(), code, status.getReasonPhrase(), detail);
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(status, code, title, detail);
    }

    /** The problem document for a classified failure. */
    public static Problem of(Failure failure) {
        Problem problem = new Problem(failure.status(), failure.code(), failure.title(), failure.detail());
        failure.fields().forEach(problem::field);
        return problem;
    }

    public int status() {
        return status;
    }

    public Problem field(String name, String message) {
        fieldErrors.merge(name, message, (a, b) -> a + "; " + b);
        return this;
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson());
    }

    /** The document itself, for writers outside JAX-RS (a servlet filter). */
    public JsonObject toJson() {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fieldErrors.forEach((field, message) ->
                    errors.add(Json.createObjectBuilder().add("field", field).add("message", message)));
            body.add("errors", errors);
        }
        return body.build();
    }
}

package com.partsbridge.it.sweep;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation (method and path template) of the server's OpenAPI document, with what the sweep needs to
 * aim at it: its path and query parameters, whether it takes a body, and the body's properties and their
 * schema types (after following {@code $ref}), or none when the document only says "an object".
 */
public record Operation(
        String method,
        String template,
        List<String> pathParams,
        List<String> queryParams,
        boolean takesBody,
        List<String> bodyMediaTypes,
        Map<String, String> bodyProperties) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** Every operation in the document, in a stable order (path, then method). */
    public static List<Operation> allIn(JsonObject openApi) {
        JsonObject schemas = openApi.containsKey("components")
                        && openApi.getJsonObject("components").containsKey("schemas")
                ? openApi.getJsonObject("components").getJsonObject("schemas")
                : JsonValue.EMPTY_JSON_OBJECT;
        List<Operation> operations = new ArrayList<>();
        openApi.getJsonObject("paths").forEach((template, item) -> {
            JsonObject pathItem = item.asJsonObject();
            List<JsonObject> shared = parameters(pathItem);
            pathItem.forEach((method, op) -> {
                if (METHODS.contains(method)) {
                    operations.add(of(method.toUpperCase(Locale.ROOT), template, op.asJsonObject(), shared, schemas));
                }
            });
        });
        operations.sort(Comparator.comparing(Operation::template).thenComparing(Operation::method));
        return operations;
    }

    private static Operation of(
            String method, String template, JsonObject op, List<JsonObject> shared, JsonObject schemas) {
        List<JsonObject> params = new ArrayList<>(shared);
        params.addAll(parameters(op));
        List<String> path = new ArrayList<>();
        List<String> query = new ArrayList<>();
        for (JsonObject p : params) {
            String in = p.getString("in", "");
            String name = p.getString("name");
            if (in.equals("path") && !path.contains(name)) {
                path.add(name);
            } else if (in.equals("query") && !query.contains(name)) {
                query.add(name);
            }
        }
        // a template variable the document forgot to declare is still a path value to vary
        for (String segment : template.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (!path.contains(name)) {
                    path.add(name);
                }
            }
        }
        List<String> mediaTypes = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        boolean body = op.containsKey("requestBody");
        if (body) {
            JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
            if (content != null) {
                content.forEach((mediaType, media) -> {
                    mediaTypes.add(mediaType);
                    JsonObject schema = media.asJsonObject().getJsonObject("schema");
                    if (schema != null && properties.isEmpty()) {
                        properties.putAll(propertiesOf(resolve(schema, schemas), schemas));
                    }
                });
            }
        }
        return new Operation(
                method, template, List.copyOf(path), List.copyOf(query), body, List.copyOf(mediaTypes), properties);
    }

    private static List<JsonObject> parameters(JsonObject holder) {
        if (!holder.containsKey("parameters")) {
            return List.of();
        }
        return holder.getJsonArray("parameters").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        JsonObject current = schema;
        for (int hops = 0; hops < 10 && current.containsKey("$ref"); hops++) {
            String ref = current.getString("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (!schemas.containsKey(name)) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            current = schemas.getJsonObject(name);
        }
        return current;
    }

    /** Property name to its schema type: string, integer, number, boolean, array, object (enums are strings). */
    private static Map<String, String> propertiesOf(JsonObject schema, JsonObject schemas) {
        Map<String, String> properties = new LinkedHashMap<>();
        JsonObject declared = schema.getJsonObject("properties");
        if (declared == null) {
            return properties;
        }
        declared.forEach((name, value) -> {
            JsonObject property = resolve(value.asJsonObject(), schemas);
            JsonValue type = property.get("type");
            String kind = type instanceof JsonString s
                    ? s.getString()
                    : property.containsKey("enum") ? "string" : property.containsKey("properties") ? "object" : "any";
            properties.put(name, kind);
        });
        return properties;
    }

    public String label() {
        return method + " " + template;
    }
}

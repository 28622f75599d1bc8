package com.partsbridge.it.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed battery of malformed and odd requests for one operation, built only from what the OpenAPI
 * document says about it. Two steps: {@link #credentialProbes} (every role, and wrong credentials, on
 * plausible values), then, with a credential the operation let through, {@link #inputProbes} (odd path
 * values, broken and wrong-typed bodies, wrong content types, odd query values), capped per operation.
 */
public final class Battery {

    /** Odd path values, as raw (already percent-encoded) path segments. */
    static final List<String> ODD_PATH_VALUES =
            List.of("1", "0", "-1", "99999999999999999999", "1.5", "%00", "..%2F", "a".repeat(300), "%F0%9F%92%A9");

    static final List<String> ODD_QUERY_VALUES = List.of("99999999999999999999", "2147483648", "-1", "abc", "1.5");

    /** Names to try when the document describes a body only as "an object" (a hand-parsed JsonObject). */
    static final List<String> COMMON_MEMBERS =
            List.of("id", "offerId", "state", "label", "grade", "version", "quantity", "name", "partNumber");

    static final String DEEP_ARRAY = "[".repeat(3000) + "]".repeat(3000);

    /** A wrong-typed value and the schema type for which it would not be wrong. */
    private record WrongValue(String json, String rightFor) {}

    private static final Map<String, WrongValue> WRONG_VALUES = new LinkedHashMap<>();

    static {
        WRONG_VALUES.put("a string", new WrongValue("\"x\"", "string"));
        WRONG_VALUES.put("a float", new WrongValue("1.5", "number"));
        WRONG_VALUES.put("a huge number", new WrongValue("1e40", "-"));
        WRONG_VALUES.put("an array", new WrongValue("[1]", "array"));
        WRONG_VALUES.put("an object", new WrongValue("{\"a\":1}", "object"));
        WRONG_VALUES.put("true", new WrongValue("true", "boolean"));
    }

    private final KnownValues values;
    private final int cap;

    public Battery(KnownValues values, int cap) {
        this.values = values;
        this.cap = cap;
    }

    /**
     * Every credential on plausible values (and an empty object as body where one is taken). A DELETE that
     * would hit the known-good resource with a valid credential is not sent: the sweep destroys nothing real.
     */
    public List<Probe> credentialProbes(Operation op, List<Credential> credentials) {
        List<Probe> probes = new ArrayList<>();
        String target = target(op, Map.of(), null);
        for (Credential c : credentials) {
            if (destroysKnownGood(op, c, true)) {
                continue;
            }
            probes.add(new Probe("credentials " + c.name(), c, op.method(), target, baseContentType(op), baseBody(op)));
        }
        return probes;
    }

    /** The input battery, sent as {@code who}; at most {@code cap - alreadySent} probes. */
    public List<Probe> inputProbes(Operation op, Credential who, int alreadySent) {
        List<Probe> probes = new ArrayList<>();
        if (op.takesBody()) {
            String target = target(op, Map.of(), null);
            body(probes, op, who, target, "broken JSON {", "application/json", "{");
            body(probes, op, who, target, "body \"x\"", "application/json", "\"x\"");
            body(probes, op, who, target, "body null", "application/json", "null");
            body(probes, op, who, target, "body []", "application/json", "[]");
            body(probes, op, who, target, "body 42", "application/json", "42");
            body(probes, op, who, target, "body {}", "application/json", "{}");
            body(probes, op, who, target, "body 3000-deep [[[", "application/json", DEEP_ARRAY);
            body(probes, op, who, target, "empty body", "application/json", "");
            body(probes, op, who, target, "text/plain body", "text/plain", "{}");
            body(probes, op, who, target, "application/xml body", "application/xml", "<x/>");
        }
        for (String param : op.pathParams()) {
            for (String odd : ODD_PATH_VALUES) {
                // the plausible value again leaves every path value known-good
                boolean allKnownGood = odd.equals(values.plausible(op.template(), param));
                if (destroysKnownGood(op, who, allKnownGood)) {
                    continue;
                }
                probes.add(new Probe(
                        "path {" + param + "}=" + abbreviate(odd),
                        who,
                        op.method(),
                        target(op, Map.of(param, odd), null),
                        baseContentType(op),
                        baseBody(op)));
            }
        }
        for (String param : op.queryParams()) {
            for (String odd : ODD_QUERY_VALUES) {
                probes.add(new Probe(
                        "query " + param + "=" + odd,
                        who,
                        op.method(),
                        target(op, Map.of(), Map.of(param, odd)),
                        baseContentType(op),
                        baseBody(op)));
            }
        }
        if (op.queryParams().contains("page") && op.queryParams().contains("size")) {
            for (Map<String, String> paging : List.of(
                    Map.of("page", "10737419", "size", "200"), Map.of("page", "2147483647", "size", "2147483647"))) {
                probes.add(new Probe(
                        "query page=" + paging.get("page") + "&size=" + paging.get("size"),
                        who,
                        op.method(),
                        target(op, Map.of(), paging),
                        baseContentType(op),
                        baseBody(op)));
            }
        }
        if (op.takesBody()) {
            // value-kind first, so that a cap keeps every member tried at least with a string and a float
            Map<String, String> members = op.bodyProperties().isEmpty() ? common() : op.bodyProperties();
            String target = target(op, Map.of(), null);
            WRONG_VALUES.forEach((kind, wrong) -> members.forEach((member, type) -> {
                if (!wrong.rightFor().equals(type)) {
                    body(
                            probes,
                            op,
                            who,
                            target,
                            "member " + member + " = " + kind,
                            "application/json",
                            "{\"" + member + "\":" + wrong.json() + "}");
                }
            }));
        }
        int room = Math.max(0, cap - alreadySent);
        return probes.size() > room ? probes.subList(0, room) : probes;
    }

    private static Map<String, String> common() {
        Map<String, String> members = new LinkedHashMap<>();
        COMMON_MEMBERS.forEach(m -> members.put(m, "any"));
        return members;
    }

    private static void body(
            List<Probe> probes,
            Operation op,
            Credential who,
            String target,
            String item,
            String contentType,
            String body) {
        probes.add(new Probe(item, who, op.method(), target, contentType, body));
    }

    /** A DELETE with a valid credential on the known-good values only: it would really delete something. */
    private static boolean destroysKnownGood(Operation op, Credential c, boolean allKnownGood) {
        return op.method().equals("DELETE") && c.valid() && allKnownGood;
    }

    private static String baseContentType(Operation op) {
        if (!op.takesBody()) {
            return null;
        }
        return op.bodyMediaTypes().isEmpty() || op.bodyMediaTypes().contains("application/json")
                ? "application/json"
                : op.bodyMediaTypes().get(0);
    }

    private static String baseBody(Operation op) {
        if (!op.takesBody()) {
            return null;
        }
        return "application/json".equals(baseContentType(op)) ? "{}" : "x";
    }

    /** The raw path and query: {@code overrides} replace plausible path values, {@code query} plausible ones. */
    String target(Operation op, Map<String, String> overrides, Map<String, String> query) {
        String path = op.template();
        for (String param : op.pathParams()) {
            String value = overrides.getOrDefault(param, values.plausible(op.template(), param));
            path = path.replace("{" + param + "}", value);
        }
        if (op.queryParams().isEmpty()) {
            return path;
        }
        StringBuilder target = new StringBuilder(path);
        char separator = '?';
        for (String param : op.queryParams()) {
            String value = query != null && query.containsKey(param)
                    ? query.get(param)
                    : values.plausible(op.template(), param);
            target.append(separator).append(param).append('=').append(value);
            separator = '&';
        }
        return target.toString();
    }

    static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 3) + "...(" + value.length() + " chars)" : value;
    }
}

package com.partsbridge.it.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sweep's own rules, without a server: what it reads from an OpenAPI document, which probes the battery
 * builds, and which responses count as failures. Plain JUnit; it is an {@code *IT} only because the ear
 * module runs its tests with failsafe alone.
 */
class SweepBatteryIT {

    static final JsonObject DOCUMENT = parse("""
            {"openapi":"3.1.0","paths":{
              "/api/v1/shops/{id}/orders":{
                "get":{"parameters":[{"name":"id","in":"path","schema":{"type":"integer"}},
                                     {"name":"page","in":"query"},{"name":"size","in":"query"}]},
                "post":{"parameters":[{"name":"id","in":"path"}],
                        "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewOrder"}}}}}},
              "/api/v1/shops/{id}/keys/{key}":{"delete":{}},
              "/api/v1/raw":{"post":{"requestBody":{"content":{"application/json":{"schema":{"type":"object"}}}}}}},
             "components":{"schemas":{
               "NewOrder":{"type":"object","properties":{"quantity":{"type":"integer"},"price":{"type":"number"},
                           "note":{"type":"string"},"grade":{"$ref":"#/components/schemas/Grade"}}},
               "Grade":{"type":"string","enum":["A","B"]}}}}""");

    final Battery battery = new Battery(new KnownValues("77"), 60);
    final Credential admin = Credential.basic("admin", "admin:pw");

    @Test
    void readsEveryOperationWithItsParametersAndTheBodyPropertiesBehindARef() {
        List<Operation> ops = Operation.allIn(DOCUMENT);

        assertEquals(
                List.of(
                        "POST /api/v1/raw",
                        "DELETE /api/v1/shops/{id}/keys/{key}",
                        "GET /api/v1/shops/{id}/orders",
                        "POST /api/v1/shops/{id}/orders"),
                ops.stream().map(Operation::label).toList());
        Operation list = ops.get(2);
        assertEquals(List.of("id"), list.pathParams());
        assertEquals(List.of("page", "size"), list.queryParams());
        assertFalse(list.takesBody());
        assertEquals(
                Map.of("quantity", "integer", "price", "number", "note", "string", "grade", "string"),
                ops.get(3).bodyProperties());
        assertEquals(List.of("id", "key"), ops.get(1).pathParams(), "undeclared template variables count too");
        assertTrue(ops.get(0).takesBody() && ops.get(0).bodyProperties().isEmpty());
    }

    @Test
    void aimsAtTheDemoDataAndAtTheSweepsOwnPartner() {
        KnownValues values = new KnownValues("77");

        assertEquals("77", values.plausible("/api/v1/partners/{id}/rate-limit", "id"));
        assertEquals("1", values.plausible("/api/v1/incidents/{id}", "id"));
        assertEquals("RMA-2026-000001", values.plausible("/api/v1/rmas/{number}/approval", "number"));
        assertEquals("BD-880-A", values.plausible("/api/v1/parts/{number}", "number"));
        assertEquals("2026-11", values.plausible("/api/partner/v1/royalty-statements/{month}", "month"));
    }

    @Test
    void sendsBrokenAndNonObjectBodiesDeepNestingAnEmptyBodyAndWrongContentTypes() {
        List<Probe> probes = battery.inputProbes(op("POST /api/v1/shops/{id}/orders"), admin, 0);

        Map<String, Probe> byItem = byItem(probes);
        assertEquals("{", byItem.get("broken JSON {").body());
        for (String body : List.of("\"x\"", "null", "[]", "42", "{}")) {
            assertEquals(body, byItem.get("body " + body).body());
        }
        String deep = byItem.get("body 3000-deep [[[").body();
        assertEquals(3000, deep.chars().filter(c -> c == '[').count());
        assertEquals("", byItem.get("empty body").body());
        assertEquals("text/plain", byItem.get("text/plain body").contentType());
        assertEquals("application/xml", byItem.get("application/xml body").contentType());
        assertEquals("/api/v1/shops/1/orders", byItem.get("body 42").target());
    }

    @Test
    void setsEachDeclaredMemberToEveryTypeButItsOwn() {
        Map<String, Probe> byItem = byItem(battery.inputProbes(op("POST /api/v1/shops/{id}/orders"), admin, 0));

        assertEquals(
                "{\"quantity\":1.5}", byItem.get("member quantity = a float").body());
        assertEquals("{\"price\":\"x\"}", byItem.get("member price = a string").body());
        assertEquals(
                "{\"note\":1e40}", byItem.get("member note = a huge number").body());
        assertTrue(byItem.containsKey("member grade = an array") && byItem.containsKey("member quantity = true"));
        assertFalse(byItem.containsKey("member price = a float"), "a float is a right price");
        assertFalse(byItem.containsKey("member note = a string"), "a string is a right note");
    }

    @Test
    void guessesCommonMembersWhereTheDocumentOnlySaysObject() {
        Map<String, Probe> byItem = byItem(battery.inputProbes(op("POST /api/v1/raw"), admin, 0));

        assertEquals("{\"offerId\":1.5}", byItem.get("member offerId = a float").body());
        assertEquals("{\"state\":true}", byItem.get("member state = true").body());
    }

    @Test
    void variesEachPathValueAndEachQueryValueAndOverflowsPaging() {
        List<Probe> probes = battery.inputProbes(op("GET /api/v1/shops/{id}/orders"), admin, 0);
        Map<String, Probe> byItem = byItem(probes);

        assertEquals(Battery.ODD_PATH_VALUES.size() + 2 * Battery.ODD_QUERY_VALUES.size() + 2, probes.size());
        assertEquals(
                "/api/v1/shops/%00/orders?page=0&size=20",
                byItem.get("path {id}=%00").target());
        assertTrue(byItem.containsKey("path {id}=aaa...(300 chars)"));
        assertEquals(
                "/api/v1/shops/1/orders?page=-1&size=20",
                byItem.get("query page=-1").target());
        assertEquals(
                "/api/v1/shops/1/orders?page=10737419&size=200",
                byItem.get("query page=10737419&size=200").target());
    }

    @Test
    void neverSendsADeleteWithAValidCredentialToKnownGoodValuesOnly() {
        Operation delete = op("DELETE /api/v1/shops/{id}/keys/{key}");

        List<Probe> credentials = battery.credentialProbes(delete, List.of(Credential.NONE, admin));
        assertEquals(
                List.of("none"),
                credentials.stream().map(p -> p.credential().name()).toList());
        List<Probe> inputs = battery.inputProbes(delete, admin, 0);
        assertTrue(inputs.stream().noneMatch(p -> p.target().equals("/api/v1/shops/1/keys/1")), inputs::toString);
        assertTrue(inputs.stream().anyMatch(p -> p.target().equals("/api/v1/shops/1/keys/-1")));
    }

    @Test
    void keepsWithinTheCapPerOperation() {
        assertEquals(
                5,
                new Battery(new KnownValues("1"), 10)
                        .inputProbes(op("POST /api/v1/shops/{id}/orders"), admin, 5)
                        .size());
    }

    @Test
    void failsA5xxAnUnstructured4xxAndAnyLeakedInternals() {
        assertEquals(List.of("server error"), Findings.brokenRules(500, "application/problem+json", "{}"));
        assertEquals(List.of("4xx not problem+json (text/html)"), Findings.brokenRules(401, "text/html", "denied"));
        assertEquals(
                List.of("body leaks \"org.eclipse.yasson\""),
                Findings.brokenRules(400, "application/problem+json", "{\"detail\":\"org.eclipse.yasson\"}"));
        assertEquals(List.of("body leaks \"\\tat \""), Findings.brokenRules(200, "application/json", "x\n\tat y"));
        assertEquals(List.of(), Findings.brokenRules(404, "application/problem+json; charset=UTF-8", "{}"));
    }

    private static Operation op(String label) {
        return Operation.allIn(DOCUMENT).stream()
                .filter(o -> o.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Probe> byItem(List<Probe> probes) {
        return probes.stream().collect(java.util.stream.Collectors.toMap(Probe::item, p -> p, (a, b) -> a));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}

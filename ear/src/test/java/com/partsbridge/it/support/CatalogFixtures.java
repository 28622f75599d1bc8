package com.partsbridge.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Builds catalog fixtures through the admin API, each under a unique prefix, e.g. a remote with revision
 * A and B units whose battery doors differ and are superseded by a universal door.
 */
public final class CatalogFixtures {

    private final Api admin;
    public final String id = Api.unique();

    public CatalogFixtures(Api api) {
        this.admin = api.as(Api.ADMIN);
    }

    public String model(
            String suffix, String launchedOn, String discontinuedOn, String supportUntil, String successor) {
        String code = "T" + id + "-" + suffix;
        created(admin.post("/api/v1/models", """
                {"code":"%s","name":"Test remote %s","family":"Test remotes","launchedOn":"%s",
                 "discontinuedOn":%s,"partsSupportUntil":%s,"successorCode":%s}""".formatted(
                        code, suffix, launchedOn, quoted(discontinuedOn), quoted(supportUntil), quoted(successor))));
        return code;
    }

    public String model(String suffix) {
        return model(suffix, "2020-01-01", null, null, null);
    }

    public String part(String suffix, String price, int stock, String lifecycle) {
        String number = "P" + id + "-" + suffix;
        created(admin.post("/api/v1/parts", """
                {"partNumber":"%s","description":"Test part %s","listPrice":%s,"currency":"EUR",
                 "stockOnHand":%d,"lifecycle":"%s"}""".formatted(number, suffix, price, stock, lifecycle)));
        return number;
    }

    public void fit(String model, String part, String from, String to, String position) {
        created(admin.post("/api/v1/models/" + model + "/fitments", """
                {"partNumber":"%s","serialFrom":"%s","serialTo":"%s","position":"%s"}""".formatted(part, from, to, position)));
    }

    public void supersede(String old, String newer, String interchangeability) {
        Api.Reply r = admin.put("/api/v1/parts/" + old + "/supersession", """
                {"supersededBy":"%s","interchangeability":"%s"}""".formatted(newer, interchangeability));
        assertEquals(200, r.status(), r::toString);
    }

    private static void created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}

package com.partsbridge.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/** The RMA API as tests call it: a customer's request, and a rep's actions sent with the version the rep saw. */
public final class RmaCalls {

    private final Api api;

    public RmaCalls(Api api) {
        this.api = api;
    }

    /** {@code customer} requests one {@code part} for the unit; returns the created RMA. */
    public JsonObject request(String customer, long unitId, String part) {
        Api.Reply r = requestReply(customer, unitId, part);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    public Api.Reply requestReply(String customer, long unitId, String part) {
        return api.as(customer).post("/api/v1/my/rmas", """
                {"unitId":%d,"lines":[{"partNumber":"%s","quantity":1,"reason":"DAMAGED"}]}""".formatted(unitId, part));
    }

    /** A rep's action on an RMA, sent with the version the rep saw. */
    public Api.Reply act(JsonObject rma, String action, String extraJson) {
        return api.as(Api.REP)
                .post(
                        "/api/v1/rmas/" + rma.getString("number") + "/" + action,
                        "{\"version\":" + rma.getJsonNumber("version").longValue()
                                + (extraJson == null ? "" : "," + extraJson) + "}");
    }

    /** The same action, expected to succeed; returns the RMA after it. */
    public JsonObject done(JsonObject rma, String action, String extraJson) {
        Api.Reply r = act(rma, action, extraJson);
        assertEquals(200, r.status(), () -> action + ": " + r);
        return r.json();
    }
}

package com.partsbridge.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/**
 * A catalog remote of its own (revision A door, superseded one-way by a universal door; a hinge) and a unit
 * of it registered to a demo customer, so each test's RMAs stand apart from everything else.
 */
public final class RmaFixtures {

    public final Api api;
    public final CatalogFixtures catalog;
    public final String model;
    public final String oldDoor;
    public final String universalDoor;
    public final String hinge;
    public final String foreignPart;
    private final RmaCalls calls;

    public RmaFixtures(Api api) {
        this.api = api;
        this.calls = new RmaCalls(api);
        this.catalog = new CatalogFixtures(api);
        model = catalog.model("RMA");
        oldDoor = catalog.part("DA", "9.90", 0, "DISCONTINUED");
        universalDoor = catalog.part("DU", "11.50", 10, "ACTIVE");
        hinge = catalog.part("HG", "2.40", 50, "ACTIVE");
        catalog.fit(model, oldDoor, "A0000", "A9999", "battery door");
        catalog.fit(model, hinge, "A0000", "A9999", "hinge");
        catalog.supersede(oldDoor, universalDoor, "ONE_WAY");
        String otherModel = catalog.model("OTHER");
        foreignPart = catalog.part("FX", "5.00", 5, "ACTIVE");
        catalog.fit(otherModel, foreignPart, "A0000", "A9999", "lid");
    }

    /** Registers a revision A unit of the fixture model to {@code customer}; returns its id. */
    public long unitOf(String customer) {
        return registered(customer).getJsonNumber("id").longValue();
    }

    /** Registers a revision A unit of the fixture model to {@code customer}; returns its serial (pages type it). */
    public String serialOfUnitOf(String customer) {
        return registered(customer).getString("serial");
    }

    private JsonObject registered(String customer) {
        Api.Reply r = api.as(customer).post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"A%04d","purchasedOn":"2025-06-01","proofOfPurchase":"receipt"}""".formatted(model, (int) (Math.random() * 10000)));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    /** {@code customer} requests one {@code part} for the unit; returns the created RMA. */
    public JsonObject request(String customer, long unitId, String part) {
        return calls.request(customer, unitId, part);
    }

    public Api.Reply requestReply(String customer, long unitId, String part) {
        return calls.requestReply(customer, unitId, part);
    }

    /** A rep's action on an RMA, sent with the version the rep saw. */
    public Api.Reply act(JsonObject rma, String action, String extraJson) {
        return calls.act(rma, action, extraJson);
    }

    /** The same action, expected to succeed; returns the RMA after it. */
    public JsonObject done(JsonObject rma, String action, String extraJson) {
        return calls.done(rma, action, extraJson);
    }
}

package com.partsbridge.it.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Serials and lots on RMA lines, the return gate's serial check, and a unit's service history, over the API. */
class TraceabilityIT extends SystemTest {

    RmaFixtures fx;
    long alicesUnit;

    @BeforeEach
    void aliceOwnsAUnitOfATestRemote() {
        fx = new RmaFixtures(Api.at(base));
        alicesUnit = fx.unitOf(Api.ALICE);
    }

    @Test
    void recordsTheSerialScannedAtShipmentAndAtReturnReceiptOnTheLine() {
        JsonObject rma = approvedWithReturn(fx.request(Api.ALICE, alicesUnit, fx.oldDoor));

        rma = fx.done(
                rma,
                "shipment",
                "\"scannedParts\":[\"" + fx.universalDoor + "\"],\"scannedSerials\":[\" du-2026-0001 \"]");
        assertEquals("DU-2026-0001", line(rma).getString("shippedSerial"), "trimmed and in upper case");
        rma = fx.done(rma, "delivery", null);
        rma = fx.done(rma, "return-receipt", "\"partNumber\":\"" + fx.oldDoor + "\",\"serial\":\"DA-OLD-77\"");

        assertEquals("RETURN_RECEIVED", rma.getString("state"));
        assertEquals("DU-2026-0001", line(rma).getString("shippedSerial"));
        assertEquals("DA-OLD-77", line(rma).getString("returnedSerial"));
    }

    @Test
    void aPartWithoutASerialShipsAndComesBackWithoutOne() {
        JsonObject rma = approvedWithReturn(fx.request(Api.ALICE, alicesUnit, fx.hinge));
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"],\"scannedSerials\":[\"\"]");
        rma = fx.done(rma, "delivery", null);
        rma = fx.done(rma, "return-receipt", "\"partNumber\":\"" + fx.hinge + "\"");

        assertEquals("RETURN_RECEIVED", rma.getString("state"));
        assertTrue(absent(line(rma), "shippedSerial"));
        assertTrue(absent(line(rma), "returnedSerial"));
    }

    @Test
    void catchesAReturnedSerialThatIsNotTheOneWeShippedIntoTheUnitAtTheReturnGate() {
        // the hinge we shipped into alice's unit last time carried serial HG-FIRST
        JsonObject first = approved(fx.request(Api.ALICE, alicesUnit, fx.hinge), false);
        first = fx.done(first, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"],\"scannedSerials\":[\"HG-FIRST\"]");
        first = fx.done(first, "delivery", null);
        fx.done(first, "closing", null);
        // it failed: a new hinge goes out, the old one (HG-FIRST) must come back
        JsonObject rma = approvedWithReturn(fx.request(Api.ALICE, alicesUnit, fx.hinge));
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"],\"scannedSerials\":[\"HG-SECOND\"]");
        rma = fx.done(rma, "delivery", null);
        long checksBefore = rate("RETURN", "checks");
        long caughtBefore = rate("RETURN", "caught");

        Api.Reply someoneElses =
                fx.act(rma, "return-receipt", "\"partNumber\":\"" + fx.hinge + "\",\"serial\":\"HG-STRANGER\"");

        assertEquals(422, someoneElses.status(), someoneElses::toString);
        assertEquals(
                "urn:partsbridge:problem:wrong-serial-returned",
                someoneElses.json().getString("type"));
        assertTrue(someoneElses.json().getString("detail").contains("HG-FIRST"), someoneElses::toString);
        assertEquals("RETURN_EXPECTED", asRep(rma).getString("state"), "the RMA does not move on");
        assertEquals(caughtBefore + 1, rate("RETURN", "caught"), "counted in the wrong-part rate");
        assertEquals(checksBefore + 1, rate("RETURN", "checks"));

        Api.Reply noSerial = fx.act(rma, "return-receipt", "\"partNumber\":\"" + fx.hinge + "\"");
        assertBadRequestNaming("serial", noSerial);

        JsonObject received =
                fx.done(rma, "return-receipt", "\"partNumber\":\"" + fx.hinge + "\",\"serial\":\"hg-first\"");
        assertEquals("RETURN_RECEIVED", received.getString("state"));
        assertEquals("HG-FIRST", line(received).getString("returnedSerial"));
        assertEquals("HG-SECOND", line(received).getString("shippedSerial"));
    }

    @Test
    void refusesMalformedSerialsNamingTheField() {
        JsonObject rma = approvedWithReturn(fx.request(Api.ALICE, alicesUnit, fx.hinge));

        assertBadRequestNaming(
                "scannedSerials",
                fx.act(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"],\"scannedSerials\":[\"HG 1<b>\"]"));
        assertBadRequestNaming(
                "scannedSerials",
                fx.act(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"],\"scannedSerials\":[\"A\",\"B\"]"));
        assertBadRequestNaming(
                "scannedSerials",
                fx.act(
                        rma,
                        "shipment",
                        "\"scannedParts\":[\"" + fx.hinge + "\"],\"scannedSerials\":[\"" + "S".repeat(41) + "\"]"));
        assertEquals("APPROVED", asRep(rma).getString("state"), "nothing shipped");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "delivery", null);
        assertBadRequestNaming(
                "serial", fx.act(rma, "return-receipt", "\"partNumber\":\"" + fx.hinge + "\",\"serial\":\"x y\""));
        assertBadRequestNaming(
                "serial",
                fx.act(
                        rma,
                        "return-receipt",
                        "\"partNumber\":\"" + fx.hinge + "\",\"serial\":\"" + "S".repeat(41) + "\""));
    }

    @Test
    void theUnitsHistoryListsTheRmaTheShippedAndReturnedSerialsAndTheNotice() {
        JsonObject rma = approvedWithReturn(fx.request(Api.ALICE, alicesUnit, fx.oldDoor));
        rma = fx.done(
                rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"],\"scannedSerials\":[\"DU-H-1\"]");
        // the parcel was lost: our fault, a notice and a replacement; the old part is still asked back (after a
        // wrong part we shipped it would not be: keep-it)
        rma = fx.done(rma, "loss", "\"note\":\"the carrier lost it\"");
        rma = fx.done(
                rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"],\"scannedSerials\":[\"DU-H-2\"]");
        rma = fx.done(rma, "delivery", null);
        rma = fx.done(rma, "return-receipt", "\"partNumber\":\"" + fx.oldDoor + "\",\"serial\":\"DA-H-9\"");
        String number = rma.getString("number");

        JsonObject history = api().as(Api.ALICE)
                .get("/api/v1/my/units/" + alicesUnit + "/history")
                .json();

        assertEquals(alicesUnit, history.getJsonNumber("unitId").longValue());
        List<JsonObject> entries = entries(history);
        assertTrue(has(entries, "RMA_REQUESTED", number, null, null), () -> "the RMA: " + entries);
        assertTrue(has(entries, "PART_SHIPPED", number, fx.universalDoor, "DU-H-2"), () -> "shipped: " + entries);
        assertTrue(has(entries, "PART_RETURNED", number, fx.oldDoor, "DA-H-9"), () -> "returned: " + entries);
        assertTrue(has(entries, "NOTICE", number, null, null), () -> "the notice: " + entries);
        assertTrue(entries.stream().anyMatch(e -> e.getString("kind").equals("CONCESSION")), "what we gave");
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(
                    entries.get(i - 1).getString("at").compareTo(entries.get(i).getString("at")) >= 0, "newest first");
        }

        JsonObject page = api().as(Api.ALICE)
                .get("/api/v1/my/units/" + alicesUnit + "/history?page=1&size=2")
                .json();
        assertEquals(2, page.getJsonObject("entries").getJsonArray("items").size(), "paged");
        assertEquals(entries.size(), page.getJsonObject("entries").getInt("total"));

        JsonObject asRep = api().as(Api.REP)
                .get("/api/v1/units/" + alicesUnit + "/history")
                .json();
        assertEquals(entries.size(), entries(asRep).size(), "reps see the same history");
        String serial = history.getString("serial");
        Api.Reply bySerial =
                api().as(Api.REP).get("/api/v1/units/history?model=" + fx.model + "&serial=" + serial.toLowerCase());
        assertEquals(200, bySerial.status(), bySerial::toString);
        assertEquals(alicesUnit, bySerial.json().getJsonNumber("unitId").longValue());
    }

    @Test
    void bobCannotReadAlicesUnitHistoryNorCustomersTheRepsOne() {
        Api.Reply bobs = api().as(Api.BOB).get("/api/v1/my/units/" + alicesUnit + "/history");
        assertEquals(404, bobs.status(), bobs::toString);
        assertFalse(bobs.body().contains(fx.model), "nothing of alice's unit leaks");

        Api.Reply asCustomer = api().as(Api.BOB).get("/api/v1/units/" + alicesUnit + "/history");
        assertEquals(403, asCustomer.status(), asCustomer::toString);
        Api.Reply anonymous = api().get("/api/v1/my/units/" + alicesUnit + "/history");
        assertEquals(401, anonymous.status(), anonymous::toString);

        assertBadRequestNaming("id", api().as(Api.ALICE).get("/api/v1/my/units/abc/history"));
        assertEquals(
                404, api().as(Api.REP).get("/api/v1/units/999999999/history").status());
    }

    private Api api() {
        return fx.api;
    }

    private JsonObject approvedWithReturn(JsonObject rma) {
        return approved(rma, true);
    }

    private JsonObject approved(JsonObject rma, boolean returnRequired) {
        rma = fx.done(rma, "verification", null);
        return fx.done(rma, "approval", "\"returnRequired\":" + returnRequired);
    }

    private JsonObject asRep(JsonObject rma) {
        return api().as(Api.REP).get("/api/v1/rmas/" + rma.getString("number")).json();
    }

    private long rate(String gate, String figure) {
        return api().as(Api.REP).get("/api/v1/rmas/wrong-part-rates").json().getJsonArray("gates").stream()
                .map(JsonObject.class::cast)
                .filter(g -> g.getString("gate").equals(gate))
                .mapToLong(g -> g.getJsonNumber(figure).longValue())
                .sum();
    }

    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    private static JsonObject line(JsonObject rma) {
        return rma.getJsonArray("lines").getJsonObject(0);
    }

    private static List<JsonObject> entries(JsonObject history) {
        return history.getJsonObject("entries").getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .toList();
    }

    private static boolean has(List<JsonObject> entries, String kind, String rma, String part, String serial) {
        return entries.stream()
                .anyMatch(e -> e.getString("kind").equals(kind)
                        && rma.equals(e.getString("rmaNumber", null))
                        && (part == null || part.equals(e.getString("part", null)))
                        && (serial == null || serial.equals(e.getString("serial", null))));
    }
}

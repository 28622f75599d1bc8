package com.partsbridge.it.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import com.partsbridge.it.support.TestClock;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery promises in working days on the real EAR: the test server's clock ({@code PARTSBRIDGE_TEST_CONTROLS})
 * is moved forward to just before and just after a request's due day, and the clock's round (what the timer
 * runs every five minutes) is run at once by an admin.
 */
class WorkingDayClockIT extends SystemTest {

    RmaFixtures fx;
    TestClock clock;
    long alicesUnit;

    @BeforeEach
    void aliceOwnsAUnitOfATestRemote() {
        fx = new RmaFixtures(Api.at(base));
        clock = new TestClock(fx.api);
        alicesUnit = fx.unitOf(Api.ALICE);
    }

    @AfterEach
    void backToRealTime() {
        clock.shiftBy(0);
    }

    @Test
    void promisesDeliveryInFifteenWorkingDaysWarnsItsOwnerBeforeAndRecordsTheBreachOnce() {
        JsonObject rma = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate due = LocalDate.parse(rma.getString("dueOn"));
        assertTrue(ChronoUnit.DAYS.between(today, due) >= 21, () -> "15 working days are three weeks or more: " + due);
        assertFalse(rma.getBoolean("dueWarned"));

        clock.shiftBy(ChronoUnit.DAYS.between(today, due) - 1); // the day before it is due
        runRounds();
        JsonObject warned = asRep(rma);
        assertTrue(warned.getBoolean("dueWarned"), warned::toString);
        assertFalse(warned.containsKey("breachedOn"), "not broken yet");
        assertEquals(1, notesContaining(warned, "warning sent"), "the owner's warning is on the audit trail");

        clock.shiftBy(ChronoUnit.DAYS.between(today, due) + 1); // the day after
        runRounds();
        runRounds(); // a later round finds nothing more to record
        JsonObject broken = asRep(rma);
        assertEquals(due.plusDays(1).toString(), broken.getString("breachedOn"));
        assertEquals(1, notesContaining(broken, "broken"), "recorded once");
        assertEquals(1, notesContaining(broken, "warning sent"), "warned once");
    }

    @Test
    void theObligationReportCountsBrokenPromisesByModelAndMonth() {
        Api admin = fx.api.as(Api.ADMIN);
        Api.Reply declared =
                admin.put("/api/v1/parts-obligations/" + fx.model, "{\"yearsAfterLastSale\":10,\"deliveryDays\":15}");
        assertEquals(200, declared.status(), declared::toString);
        JsonObject late = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        JsonObject delivered = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        delivered = fx.done(delivered, "verification", null);
        delivered = fx.done(delivered, "approval", null);
        delivered = fx.done(delivered, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        fx.done(delivered, "delivery", null);
        LocalDate due = LocalDate.parse(late.getString("dueOn"));

        clock.shiftBy(ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), due) + 1);
        runRounds();

        JsonObject row = admin.get("/api/v1/reports/parts-obligations").array().stream()
                .map(JsonObject.class::cast)
                .filter(r -> r.getJsonObject("model").getString("modelCode").equals(fx.model))
                .findFirst()
                .orElseThrow();
        List<JsonObject> months = row.getJsonArray("breachesByMonth").stream()
                .map(JsonObject.class::cast)
                .toList();
        assertEquals(1, months.size(), months::toString);
        assertEquals(due.toString().substring(0, 7), months.get(0).getString("month"));
        assertEquals(1, months.get(0).getJsonNumber("breaches").longValue(), "the delivered request kept its promise");
    }

    @Test
    void onlyAdminsRunTheClockOrMoveIt() {
        assertEquals(
                403,
                fx.api.as(Api.REP).post("/api/v1/delivery-promises/check", "{}").status());
        assertEquals(
                403,
                fx.api
                        .as(Api.ALICE)
                        .post("/api/v1/delivery-promises/check", "{}")
                        .status());
        assertEquals(
                403,
                fx.api
                        .as(Api.REP)
                        .put("/api/v1/clock/offset", "{\"offsetDays\":3}")
                        .status());
        assertBadRequestNaming("offsetDays", fx.api.as(Api.ADMIN).put("/api/v1/clock/offset", "{\"offsetDays\":-1}"));
    }

    private JsonObject asRep(JsonObject rma) {
        return fx.api.as(Api.REP).get("/api/v1/rmas/" + rma.getString("number")).json();
    }

    private static long notesContaining(JsonObject rma, String text) {
        return rma.getJsonArray("history").stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.containsKey("note")
                        && !e.isNull("note")
                        && e.getString("note").contains(text))
                .count();
    }

    private void runRounds() {
        clock.runRounds("/api/v1/delivery-promises/check", "warned", "breached");
    }
}

package com.partsbridge.it.rma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import com.partsbridge.it.support.TestClock;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each resolution end to end on the real EAR, through the rep API and the customer's view: replace, keep it
 * (chosen, automatic below the part value, automatic after a wrong part we shipped), refund, store credit (two
 * reps at once: paid once) and advance replacement (told first, then charged once, with the test server's clock
 * moved past the due day and the timer's round run by an admin, twice).
 */
class ResolutionsIT extends SystemTest {

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
    void replaceShipsAndTheOldPartComesBackWithoutADeadline() {
        JsonObject rma = approved(fx.oldDoor, "REPLACE");
        assertEquals("REPLACE", line(rma).getString("resolution"));
        assertTrue(rma.getBoolean("returnRequired"));

        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");
        assertFalse(rma.containsKey("returnDueOn"), "no date for a plain replacement");
        rma = fx.done(rma, "delivery", null);
        assertEquals("RETURN_EXPECTED", rma.getString("state"));
        rma = fx.done(rma, "return-receipt", "\"partNumber\":\"" + fx.oldDoor + "\"");
        rma = fx.done(rma, "closing", null);
        assertEquals("CLOSED", rma.getString("state"));
        assertFalse(line(mine(rma)).containsKey("settlement"), "no money moved");
    }

    @Test
    void keepItShipsAndExpectsNothingBack() {
        JsonObject rma = approved(fx.oldDoor, "KEEP_IT");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");
        rma = fx.done(rma, "delivery", null);
        assertEquals("DELIVERED", rma.getString("state"));
        assertEquals("KEEP_IT", line(mine(rma)).getString("resolution"), "the customer sees what was decided");
    }

    @Test
    void aPartCheaperThanItsReturnIsKeptAutomatically() {
        String clip = fx.catalog.part("CL", "1.20", 50, "ACTIVE");
        fx.catalog.fit(fx.model, clip, "A0000", "A9999", "clip");
        JsonObject rma = approved(clip, "REPLACE");

        assertEquals("KEEP_IT", line(rma).getString("resolution"));
        assertFalse(rma.getBoolean("returnRequired"));
        assertTrue(lastNote(rma).contains("less than its return costs"), lastNote(rma));
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + clip + "\"]");
        assertEquals("DELIVERED", fx.done(rma, "delivery", null).getString("state"));
    }

    @Test
    void afterAWrongPartWeShippedTheOldPartIsNotAskedBack() {
        JsonObject rma = approved(fx.oldDoor, "ADVANCE_REPLACEMENT");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");
        assertTrue(rma.containsKey("returnDueOn"));
        rma = fx.done(rma, "wrong-part-delivery", "\"partNumber\":\"" + fx.hinge + "\"");

        assertEquals("APPROVED", rma.getString("state"));
        assertEquals("KEEP_IT", line(rma).getString("resolution"));
        assertFalse(rma.containsKey("returnDueOn"));
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");
        assertEquals("DELIVERED", fx.done(rma, "delivery", null).getString("state"));
    }

    @Test
    void aRefundPaysTheValueOnceWithANoticeAndClosesWithoutAShipment() {
        JsonObject rma = approved(fx.oldDoor, "REFUND");

        assertEquals("CLOSED", rma.getString("state"));
        JsonObject line = line(mine(rma));
        assertEquals("REFUND", line.getString("settlement"));
        assertEquals(
                new BigDecimal("11.50"), line.getJsonNumber("settledAmount").bigDecimalValue());
        List<JsonObject> notices = noticesAbout(rma);
        assertEquals(1, notices.size(), notices::toString);
        assertEquals("RESOLUTION", notices.get(0).getString("kind"));
        JsonObject grant = notices.get(0).getJsonArray("concessions").getJsonObject(0);
        assertEquals("REFUND", grant.getString("kind"));
        assertEquals(new BigDecimal("11.50"), grant.getJsonNumber("amount").bigDecimalValue());

        assertEquals(
                409,
                fx.act(rma, "resolution", "\"resolution\":\"STORE_CREDIT\"").status(),
                "paid once");
        assertEquals(1, noticesAbout(rma).size());
    }

    @Test
    void twoRepsGrantingStoreCreditAtOnceCreditItOnce() throws Exception {
        JsonObject rma = approved(fx.oldDoor, "REPLACE");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> credit = () -> {
            start.await();
            return fx.act(rma, "resolution", "\"resolution\":\"STORE_CREDIT\",\"note\":\"out of stock\"")
                    .status();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(credit);
            Future<Integer> second = pool.submit(credit);
            start.countDown();
            assertEquals(
                    List.of(200, 409),
                    List.of(first.get(), second.get()).stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = asRep(rma);
        assertEquals("CLOSED", after.getString("state"));
        assertEquals("STORE_CREDIT", line(after).getString("settlement"));
        List<JsonObject> notices = noticesAbout(rma);
        assertEquals(1, notices.size(), notices::toString);
        assertEquals(
                "STORE_CREDIT",
                notices.get(0).getJsonArray("concessions").getJsonObject(0).getString("kind"));
    }

    @Test
    void anAdvanceReplacementNotReturnedIsToldFirstThenChargedOnce() {
        JsonObject rma = approved(fx.oldDoor, "ADVANCE_REPLACEMENT");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate due = LocalDate.parse(rma.getString("returnDueOn"));
        assertEquals(today.plusDays(14), due, "due back two weeks after shipping (the default)");
        rma = fx.done(rma, "delivery", null);
        assertEquals("RETURN_EXPECTED", rma.getString("state"));
        assertEquals(due.toString(), mine(rma).getString("returnDueOn"), "the customer sees the date");

        clock.shiftBy(ChronoUnit.DAYS.between(today, due)); // on the due day: not late yet
        runRounds();
        assertFalse(asRep(rma).containsKey("returnRemindedOn"));

        clock.shiftBy(ChronoUnit.DAYS.between(today, due) + 1); // the day after
        runRounds();
        runRounds(); // a second round tells nobody twice
        JsonObject told = asRep(rma);
        assertEquals(due.plusDays(1).toString(), told.getString("returnRemindedOn"));
        assertEquals("RETURN_EXPECTED", told.getString("state"), "not charged before the grace is over");
        List<JsonObject> notices = noticesAbout(rma);
        assertEquals(
                List.of("RETURN_OVERDUE"),
                notices.stream().map(n -> n.getString("kind")).toList());

        clock.shiftBy(ChronoUnit.DAYS.between(today, due) + 8); // the grace of seven days is over
        runRounds();
        runRounds(); // the timer firing again charges nothing more
        JsonObject charged = asRep(rma);
        assertEquals("CLOSED", charged.getString("state"));
        assertEquals("CHARGE", line(charged).getString("settlement"));
        assertEquals(
                new BigDecimal("11.50"),
                line(charged).getJsonNumber("settledAmount").bigDecimalValue());
        assertEquals(1, notesContaining(charged, "charged"), "charged once on the audit trail");
        notices = noticesAbout(rma);
        assertEquals(2, notices.size(), notices::toString);
        assertTrue(notices.stream()
                .anyMatch(n -> n.getString("kind").equals("RESOLUTION")
                        && n.getString("subject").contains("charged")));
    }

    @Test
    void anAdvanceReturnReceivedInTimeIsNeverCharged() {
        JsonObject rma = approved(fx.oldDoor, "ADVANCE_REPLACEMENT");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");
        LocalDate due = LocalDate.parse(rma.getString("returnDueOn"));
        rma = fx.done(rma, "delivery", null);
        rma = fx.done(rma, "return-receipt", "\"partNumber\":\"" + fx.oldDoor + "\"");

        clock.shiftBy(ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), due) + 30);
        runRounds();
        JsonObject after = asRep(rma);
        assertEquals("RETURN_RECEIVED", after.getString("state"));
        assertFalse(line(after).containsKey("settlement"));
        assertTrue(noticesAbout(rma).isEmpty());
    }

    @Test
    void eachLineHasItsOwnResolutionButMoneyAndShipmentDoNotMix() {
        Api.Reply created =
                fx.api.as(Api.ALICE).post("/api/v1/my/rmas", """
                {"unitId":%d,"lines":[{"partNumber":"%s","quantity":1,"reason":"DAMAGED"},
                                      {"partNumber":"%s","quantity":2,"reason":"WORN_OUT"}]}""".formatted(alicesUnit, fx.oldDoor, fx.hinge));
        assertEquals(201, created.status(), created::toString);
        JsonObject rma =
                fx.done(fx.done(created.json(), "verification", null), "approval", "\"resolution\":\"REPLACE\"");
        rma = fx.done(rma, "resolution", "\"lineNo\":2,\"resolution\":\"KEEP_IT\"");

        var lines = rma.getJsonArray("lines");
        assertEquals("REPLACE", lines.getJsonObject(0).getString("resolution"));
        assertEquals("KEEP_IT", lines.getJsonObject(1).getString("resolution"));
        assertTrue(rma.getBoolean("returnRequired"), "line 1 still comes back");
        assertTrue(lastNote(rma).startsWith("resolution: line 2: keep it"), lastNote(rma));
        assertBadRequestNaming("resolution", fx.act(rma, "resolution", "\"lineNo\":1,\"resolution\":\"REFUND\""));

        rma = fx.done(rma, "resolution", "\"resolution\":\"STORE_CREDIT\"");
        assertEquals("CLOSED", rma.getString("state"));
        assertEquals(
                new BigDecimal("4.80"),
                rma.getJsonArray("lines")
                        .getJsonObject(1)
                        .getJsonNumber("settledAmount")
                        .bigDecimalValue(),
                "the value is the list price times the quantity");
        assertEquals(2, noticesAbout(rma).size(), "one notice per line settled");
    }

    @Test
    void badChoicesAreRefusedNamingTheField() {
        JsonObject verified = fx.done(fx.request(Api.ALICE, alicesUnit, fx.oldDoor), "verification", null);
        assertEquals(
                400, fx.act(verified, "approval", "\"resolution\":\"TELEPORT\"").status());
        assertBadRequestNaming(
                "returnRequired", fx.act(verified, "approval", "\"resolution\":\"KEEP_IT\",\"returnRequired\":true"));
        JsonObject rma = fx.done(verified, "approval", "\"resolution\":\"REPLACE\"");
        assertBadRequestNaming("lineNo", fx.act(rma, "resolution", "\"resolution\":\"KEEP_IT\",\"lineNo\":0"));
        assertBadRequestNaming("lineNo", fx.act(rma, "resolution", "\"resolution\":\"KEEP_IT\",\"lineNo\":2"));
        assertBadRequestNaming("resolution", fx.act(rma, "resolution", "\"note\":\"no choice\""));
        assertEquals(
                403,
                fx.api
                        .as(Api.ALICE)
                        .post(
                                "/api/v1/rmas/" + rma.getString("number") + "/resolution",
                                "{\"version\":" + rma.getInt("version") + ",\"resolution\":\"REFUND\"}")
                        .status(),
                "a customer does not choose their own refund");
        assertEquals(
                403,
                fx.api.as(Api.REP).post("/api/v1/advance-returns/check", "{}").status());
        assertEquals("APPROVED", asRep(rma).getString("state"));
    }

    private JsonObject approved(String part, String resolution) {
        JsonObject verified = fx.done(fx.request(Api.ALICE, alicesUnit, part), "verification", null);
        return fx.done(verified, "approval", "\"resolution\":\"" + resolution + "\"");
    }

    private static JsonObject line(JsonObject rma) {
        return rma.getJsonArray("lines").getJsonObject(0);
    }

    private JsonObject mine(JsonObject rma) {
        return fx.api
                .as(Api.ALICE)
                .get("/api/v1/my/rmas/" + rma.getString("number"))
                .json();
    }

    private JsonObject asRep(JsonObject rma) {
        return fx.api.as(Api.REP).get("/api/v1/rmas/" + rma.getString("number")).json();
    }

    private List<JsonObject> noticesAbout(JsonObject rma) {
        return fx.api.as(Api.ALICE).get("/api/v1/my/notices?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(n -> n.getString("caseRef").equals(rma.getString("number")))
                .toList();
    }

    private static String lastNote(JsonObject rma) {
        var history = rma.getJsonArray("history");
        return history.getJsonObject(history.size() - 1).getString("note", "");
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
        clock.runRounds("/api/v1/advance-returns/check", "reminded", "settled");
    }
}

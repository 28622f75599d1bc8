package com.partsbridge.it.rma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.ServerLog;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RMAs over the API on the real EAR: the state machine, the three wrong-part gates, access and concurrency. */
class RmaApiIT extends SystemTest {

    RmaFixtures fx;
    long alicesUnit;

    @BeforeEach
    void aliceOwnsAUnitOfATestRemote() {
        fx = new RmaFixtures(Api.at(base));
        alicesUnit = fx.unitOf(Api.ALICE);
    }

    @Test
    void takesARequestFromRequestToClosedAndAuditsEveryMove() {
        Api.Reply created = fx.requestReply(Api.ALICE, alicesUnit, fx.oldDoor);
        assertEquals(201, created.status(), created::toString);
        JsonObject rma = created.json();
        assertTrue(created.location().endsWith("/api/v1/my/rmas/" + rma.getString("number")), created.location());
        assertEquals(
                fx.universalDoor,
                rma.getJsonArray("lines").getJsonObject(0).getString("approvedPart"),
                "the discontinued door resolves to its successor");

        rma = fx.done(rma, "verification", null);
        rma = fx.done(rma, "approval", "\"returnRequired\":true");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor.toLowerCase() + "\"]");
        rma = fx.done(rma, "delivery", null);
        assertEquals("RETURN_EXPECTED", rma.getString("state"));
        rma = fx.done(rma, "return-receipt", "\"partNumber\":\"" + fx.oldDoor + "\"");
        rma = fx.done(rma, "closing", null);

        assertEquals("CLOSED", rma.getString("state"));
        List<String> moves = rma.getJsonArray("history").stream()
                .map(e -> ((JsonObject) e).getString("to"))
                .toList();
        assertEquals(
                List.of(
                        "REQUESTED",
                        "VERIFIED",
                        "APPROVED",
                        "SHIPPED",
                        "DELIVERED",
                        "RETURN_EXPECTED",
                        "RETURN_RECEIVED",
                        "CLOSED"),
                moves);
        JsonObject verified = rma.getJsonArray("history").getJsonObject(1);
        assertEquals("rita", verified.getString("actor"));
        assertNotNull(verified.getString("at"));
    }

    @Test
    void gateOneRefusesAPartThatDoesNotFitTheUnitAndCountsTheCatch() {
        long before = caught("REQUEST");

        Api.Reply refused = fx.requestReply(Api.ALICE, alicesUnit, fx.foreignPart);

        assertEquals(422, refused.status(), refused::toString);
        assertEquals("urn:partsbridge:problem:part-does-not-fit", refused.json().getString("type"));
        assertEquals(before + 1, caught("REQUEST"), "the catch is kept although the request was refused");
    }

    @Test
    void gateTwoRefusesAShipmentWhoseScannedPartIsNotTheApprovedOne() {
        JsonObject rma = approved(fx.request(Api.ALICE, alicesUnit, fx.hinge));
        long before = caught("SHIPMENT");

        Api.Reply refused = fx.act(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]");

        assertEquals(422, refused.status(), refused::toString);
        assertEquals(
                "urn:partsbridge:problem:wrong-part-scanned", refused.json().getString("type"));
        assertEquals("APPROVED", rmaAsRep(rma).getString("state"), "nothing shipped");
        assertEquals(before + 1, caught("SHIPMENT"));
    }

    @Test
    void gateThreeRefusesTheReturnOfAnotherPart() {
        JsonObject rma = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        rma = fx.done(rma, "verification", null);
        rma = fx.done(rma, "approval", "\"returnRequired\":true");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "delivery", null);

        Api.Reply refused = fx.act(rma, "return-receipt", "\"partNumber\":\"" + fx.universalDoor + "\"");

        assertEquals(422, refused.status(), refused::toString);
        assertEquals("RETURN_EXPECTED", rmaAsRep(rma).getString("state"));
    }

    @Test
    void refusesAnIllegalTransitionWithAConflict() {
        JsonObject rma = fx.request(Api.ALICE, alicesUnit, fx.hinge);

        Api.Reply reply = fx.act(rma, "delivery", null);

        assertEquals(409, reply.status(), reply::toString);
        assertEquals("urn:partsbridge:problem:illegal-transition", reply.json().getString("type"));
    }

    @Test
    void refusesAnActionOnAVersionSomeoneElseAlreadyChanged() {
        JsonObject stale = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        fx.done(stale, "verification", null);

        Api.Reply reply = fx.act(stale, "rejection", "\"note\":\"not covered\"");

        assertEquals(409, reply.status(), reply::toString);
    }

    @Test
    void twoRepsApprovingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        JsonObject verified = fx.done(fx.request(Api.ALICE, alicesUnit, fx.hinge), "verification", null);
        ServerLog log = ServerLog.mark();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> approve = () -> {
            start.await();
            return fx.act(verified, "approval", "\"note\":\"approved\"").status();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(approve);
            Future<Integer> second = pool.submit(approve);
            start.countDown();
            List<Integer> statuses =
                    List.of(first.get(), second.get()).stream().sorted().toList();

            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        long approvals = rmaAsRep(verified).getJsonArray("history").stream()
                .filter(e -> ((JsonObject) e).getString("to").equals("APPROVED"))
                .count();
        assertEquals(1, approvals, "one approval on record, nothing half-written");

        // the loser is a normal 409 for the operator too: no ERROR and no stack trace (at most one INFO line when
        // it lost at the database; when it read the winner's version first, the version check refused it quietly)
        String logged = log.since("lost the race");
        assertFalse(logged.contains("ERROR"), logged);
        assertFalse(logged.contains("\tat "), logged);
    }

    @Test
    void anotherCustomersRmaIsNotFound() {
        JsonObject rma = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        String path = "/api/v1/my/rmas/" + rma.getString("number");

        assertEquals(200, fx.api.as(Api.ALICE).get(path).status());
        assertEquals(404, fx.api.as(Api.BOB).get(path).status());
        assertEquals(
                404,
                fx.api
                        .as(Api.BOB)
                        .post(path + "/cancellation", "{\"version\":0}")
                        .status());
        assertEquals(404, fx.requestReply(Api.BOB, alicesUnit, fx.hinge).status(), "nor can bob use alice's unit");
        assertTrue(fx.api.as(Api.BOB).get("/api/v1/my/rmas?size=200").body().indexOf(rma.getString("number")) < 0);
    }

    @Test
    void customersCannotWorkTheRepsQueue() {
        assertEquals(403, fx.api.as(Api.ALICE).get("/api/v1/rmas").status());
        assertEquals(401, fx.api.get("/api/v1/my/rmas").status());
    }

    @Test
    void rejectsBadRequestsNamingTheField() {
        Api.Reply noReason = fx.api
                .as(Api.ALICE)
                .post(
                        "/api/v1/my/rmas",
                        "{\"unitId\":" + alicesUnit + ",\"lines\":[{\"partNumber\":\"" + fx.hinge
                                + "\",\"quantity\":1}]}");
        Api.Reply zeroQuantity = fx.api
                .as(Api.ALICE)
                .post(
                        "/api/v1/my/rmas",
                        "{\"unitId\":" + alicesUnit + ",\"lines\":[{\"partNumber\":\"" + fx.hinge
                                + "\",\"quantity\":0,\"reason\":\"DAMAGED\"}]}");
        Api.Reply unknownUnit = fx.requestReply(Api.ALICE, 987654321L, fx.hinge);
        Api.Reply futurePurchase = fx.api
                .as(Api.ALICE)
                .post(
                        "/api/v1/my/units",
                        "{\"modelCode\":\"" + fx.model + "\",\"serial\":\"A0001\",\"purchasedOn\":\"2999-01-01\"}");

        assertBadRequestNaming("reason", noReason);
        assertBadRequestNaming("quantity", zeroQuantity);
        assertEquals(404, unknownUnit.status(), unknownUnit::toString);
        assertBadRequestNaming("purchasedOn", futurePurchase);
    }

    @Test
    void aCustomerSentTheWrongPartTwiceGetsANamedOwnerWithADeadline() {
        JsonObject rma = approved(fx.request(Api.ALICE, alicesUnit, fx.hinge));
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "delivery", null);

        // first failure: the part that arrived is not the one approved
        Api.Reply reported = fx.api
                .as(Api.ALICE)
                .post(
                        "/api/v1/my/rmas/" + rma.getString("number") + "/wrong-part-received",
                        "{\"version\":" + rma.getJsonNumber("version") + ",\"partNumber\":\"" + fx.universalDoor
                                + "\"}");
        assertEquals(200, reported.status(), reported::toString);
        rma = reported.json();
        assertEquals("APPROVED", rma.getString("state"), "a replacement is to ship");
        assertTrue(!rma.containsKey("escalatedTo") || rma.isNull("escalatedTo"), "one failure does not escalate");

        // second failure: packing picks the wrong part again; the gate stops it
        assertEquals(
                422,
                fx.act(rma, "shipment", "\"scannedParts\":[\"" + fx.universalDoor + "\"]")
                        .status());

        JsonObject seenByAlice = fx.api
                .as(Api.ALICE)
                .get("/api/v1/my/rmas/" + rma.getString("number"))
                .json();
        assertEquals("Dana Whitfield, Senior Service Lead", seenByAlice.getString("escalatedTo"));
        assertNotNull(seenByAlice.getString("escalationDeadline"));
    }

    @Test
    void anEscalatedRmaGoesOverdueWhenItsOwnersDeadlinePasses() throws InterruptedException {
        // the build sets the owner's deadline to 20 s for the system tests (PARTSBRIDGE_ESCALATION_DEADLINE)
        JsonObject rma = approved(fx.request(Api.ALICE, alicesUnit, fx.hinge));
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "wrong-part-delivery", "\"partNumber\":\"" + fx.universalDoor + "\"");
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        rma = fx.done(rma, "loss", "\"note\":\"lost again\"");
        String number = rma.getString("number");
        Instant deadline = Instant.parse(rma.getString("escalationDeadline"));
        assertTrue(
                Instant.now().isBefore(deadline),
                "still within the deadline, so not overdue yet (the escalation took longer than the deadline)");
        assertEquals(List.of(), numbers(fx.api.as(Api.REP).get("/api/v1/rmas?overdue=true&q=" + number)));
        assertEquals(List.of(number), numbers(fx.api.as(Api.REP).get("/api/v1/rmas?escalated=true&q=" + number)));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 1000);

        assertEquals(
                List.of(number),
                numbers(fx.api.as(Api.REP).get("/api/v1/rmas?overdue=true&q=" + number)),
                "past the owner's deadline");
        assertTrue(fx.api.as(Api.REP).get("/api/v1/rmas/" + number).json().getBoolean("overdue"));
    }

    @Test
    void everyActionNeedsTheVersionTheCallerLookedAt() {
        JsonObject rma = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        String number = rma.getString("number");

        Api.Reply noVersion = fx.api.as(Api.REP).post("/api/v1/rmas/" + number + "/verification", "{}");
        Api.Reply noBody = fx.api.as(Api.REP).post("/api/v1/rmas/" + number + "/verification", "");
        Api.Reply customerWithoutVersion = fx.api
                .as(Api.ALICE)
                .post("/api/v1/my/rmas/" + number + "/cancellation", "{\"note\":\"changed my mind\"}");

        assertBadRequestNaming("version", noVersion);
        assertEquals(400, noBody.status(), noBody::toString);
        assertTrue(noBody.isProblem(), noBody::toString);
        assertBadRequestNaming("version", customerWithoutVersion);
        assertEquals("REQUESTED", rmaAsRep(rma).getString("state"), "nothing moved without a version");
    }

    @Test
    void refusesAVersionThatIsNegativeFractionalOrBeyondALongInsteadOfBendingIt() {
        JsonObject verified = fx.done(fx.request(Api.ALICE, alicesUnit, fx.hinge), "verification", null);
        long current = verified.getJsonNumber("version").longValue();
        String approval = "/api/v1/rmas/" + verified.getString("number") + "/approval";

        // JSON-B alone would read 1.5 as 1 and 2^64 + current as current: both would have approved
        for (String version : List.of(
                current + ".5",
                "-1",
                "9223372036854775808",
                new java.math.BigInteger("18446744073709551616")
                        .add(java.math.BigInteger.valueOf(current))
                        .toString(),
                "1e400")) {
            Api.Reply reply = fx.api.as(Api.REP).post(approval, "{\"version\":" + version + "}");
            assertBadRequestNaming("version", reply);
        }
        assertEquals("VERIFIED", rmaAsRep(verified).getString("state"));
        assertEquals(
                200,
                fx.api
                        .as(Api.REP)
                        .post(approval, "{\"version\":" + current + ".0}")
                        .status(),
                "a whole number written with a decimal point is still that number");
    }

    @Test
    void eachActionAsksForItsOwnFields() {
        JsonObject rma = fx.request(Api.ALICE, alicesUnit, fx.hinge);

        Api.Reply rejectionWithoutReason = fx.act(rma, "rejection", null);
        Api.Reply longNote = fx.act(rma, "verification", "\"note\":\"" + "n".repeat(501) + "\"");
        JsonObject approved = approved(rma);
        Api.Reply shipmentWithoutScan = fx.act(approved, "shipment", null);
        Api.Reply scanTooLong = fx.act(approved, "shipment", "\"scannedParts\":[\"" + "P".repeat(41) + "\"]");

        assertBadRequestNaming("note", rejectionWithoutReason);
        assertBadRequestNaming("note", longNote);
        assertBadRequestNaming("scannedParts", shipmentWithoutScan);
        assertBadRequestNaming("scannedParts", scanTooLong);
        assertEquals("APPROVED", rmaAsRep(approved).getString("state"));
    }

    @Test
    void refusesRequestValuesLongerThanTheirColumnsNamingTheField() {
        Api.Reply longPart = fx.requestReply(Api.ALICE, alicesUnit, "P".repeat(41));
        Api.Reply longProof = fx.api.as(Api.ALICE).post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"A0002","purchasedOn":"2025-06-01","proofOfPurchase":"%s"}""".formatted(fx.model, "r".repeat(81)));
        Api.Reply longSerial = fx.api.as(Api.ALICE).post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"%s","purchasedOn":"2025-06-01"}""".formatted(fx.model, "A".repeat(41)));

        assertBadRequestNaming("partNumber", longPart);
        assertBadRequestNaming("proofOfPurchase", longProof);
        assertBadRequestNaming("serial", longSerial);
    }

    @Test
    void registeringAUnitAnotherAccountHoldsRevealsNothingAboutThatRegistration() {
        long first = registered(Api.BOB, "B0001", "2024-03-04", "bobs-receipt-77")
                .json()
                .getJsonNumber("id")
                .longValue();
        registered(Api.BOB, "B0002", "2023-01-02", "bobs-receipt-78");

        Api.Reply claimFirst = register(Api.ALICE, "B0001", "2025-06-01", "alices-receipt");
        Api.Reply claimSecond = register(Api.ALICE, "b0002 ", "2020-02-02", null);

        assertEquals(409, claimFirst.status(), claimFirst::toString);
        assertTrue(claimFirst.isProblem(), claimFirst::toString);
        assertEquals(
                "urn:partsbridge:problem:unit-not-registrable",
                claimFirst.json().getString("type"));
        String detail = claimFirst.json().getString("detail");
        assertTrue(detail.contains("contact support"), detail);
        String beyondWhatAliceSent =
                detail.replace(fx.model, "").replace("B0001", "").toLowerCase();
        for (String secret : List.of("bob", "already", "2024", "receipt-77", String.valueOf(first))) {
            assertFalse(beyondWhatAliceSent.contains(secret), () -> secret + " leaked: " + claimFirst);
        }
        assertEquals(
                claimFirst.body(),
                claimSecond.body().replace("B0002", "B0001"),
                "the same answer whatever the other registration holds");
        assertTrue(fx.api.as(Api.ALICE).get("/api/v1/my/units?size=200").body().indexOf("B0001") < 0);
    }

    @Test
    void registeringYourOwnUnitAgainSaysItIsYoursAlready() {
        long mine = registered(Api.ALICE, "C0001", "2025-06-01", null)
                .json()
                .getJsonNumber("id")
                .longValue();

        Api.Reply again = register(Api.ALICE, "C0001", "2025-06-01", null);

        assertEquals(409, again.status(), again::toString);
        assertEquals("urn:partsbridge:problem:unit-already-yours", again.json().getString("type"));
        assertTrue(again.json().getString("detail").contains(String.valueOf(mine)), again::toString);
    }

    private Api.Reply registered(String customer, String serial, String purchasedOn, String proof) {
        Api.Reply r = register(customer, serial, purchasedOn, proof);
        assertEquals(201, r.status(), r::toString);
        return r;
    }

    private Api.Reply register(String customer, String serial, String purchasedOn, String proof) {
        return fx.api.as(customer).post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"%s","purchasedOn":"%s","proofOfPurchase":%s}""".formatted(
                        fx.model, serial, purchasedOn, proof == null ? "null" : "\"" + proof + "\""));
    }

    // ---- Rep desk (issue 13, item 1): the reps' own reports, cancel, allowed actions and the queue's filters ----

    @Test
    void aRepReportsAWrongDeliveryAndCancelsARequestAndEachRmaSaysWhatCanBeDoneNow() {
        JsonObject rma = approved(fx.request(Api.ALICE, alicesUnit, fx.hinge));
        assertEquals(
                List.of("SHIP", "SETTLE", "CANCEL"), // SETTLE: a refund or store credit instead of the shipment
                rma.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");

        rma = fx.done(rma, "wrong-part-delivery", "\"partNumber\":\"" + fx.universalDoor + "\"");

        assertEquals("APPROVED", rma.getString("state"), "the right part ships again");
        assertEquals("rita", rma.getJsonArray("history").getJsonObject(4).getString("actor"));
        JsonObject cancelled = fx.done(rma, "cancellation", "\"note\":\"customer bought a new remote\"");
        assertEquals("CANCELLED", cancelled.getString("state"));
        assertTrue(cancelled.getJsonArray("actions").isEmpty(), "a finished RMA allows nothing");
    }

    @Test
    void aShippedRmaIsNotApprovedAgainAndAnUnshippedOneIsNotReportedLost() {
        JsonObject rma = approved(fx.request(Api.ALICE, alicesUnit, fx.hinge));
        Api.Reply lost = fx.act(rma, "loss", "\"note\":\"never sent\"");
        assertEquals(409, lost.status(), lost::toString);

        rma = fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]");
        Api.Reply approvedAgain = fx.act(rma, "approval", null);

        assertEquals(409, approvedAgain.status(), approvedAgain::toString);
        assertEquals(
                "urn:partsbridge:problem:illegal-transition",
                approvedAgain.json().getString("type"));
        assertEquals("SHIPPED", rmaAsRep(rma).getString("state"));
    }

    @Test
    void aStaleVersionSaysWhoChangedTheRmaLast() {
        JsonObject stale = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        fx.api
                .as(Api.ADMIN)
                .post(
                        "/api/v1/rmas/" + stale.getString("number") + "/verification",
                        "{\"version\":" + stale.getJsonNumber("version") + "}");

        Api.Reply reply = fx.act(stale, "verification", null);

        assertEquals(409, reply.status(), reply::toString);
        assertTrue(reply.json().getString("detail").contains("changed by admin"), reply::toString);
    }

    @Test
    void theQueueCombinesSearchStateAndTheRmasARepWorkedOn() {
        JsonObject requested = fx.request(Api.ALICE, alicesUnit, fx.hinge);
        JsonObject verified = fx.done(fx.request(Api.ALICE, alicesUnit, fx.hinge), "verification", null);
        String serial = requested.getString("serial");
        Api rita = fx.api.as(Api.REP);

        assertEquals(
                List.of(requested.getString("number")),
                numbers(rita.get("/api/v1/rmas?q=" + requested.getString("number"))));
        assertEquals(
                List.of(verified.getString("number")),
                numbers(rita.get("/api/v1/rmas?state=VERIFIED&mine=true&q=" + serial)));
        assertTrue(numbers(rita.get("/api/v1/rmas?escalated=true&q=" + serial)).isEmpty());
        assertBadRequestNaming("overdue", rita.get("/api/v1/rmas?overdue=maybe"));
    }

    private static List<String> numbers(Api.Reply page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .map(r -> r.getString("number"))
                .toList();
    }

    private JsonObject approved(JsonObject rma) {
        return fx.done(fx.done(rma, "verification", null), "approval", null);
    }

    private JsonObject rmaAsRep(JsonObject rma) {
        return fx.api.as(Api.REP).get("/api/v1/rmas/" + rma.getString("number")).json();
    }

    private long caught(String gate) {
        return fx.api.as(Api.REP).get("/api/v1/rmas/wrong-part-rates").json().getJsonArray("gates").stream()
                .map(JsonObject.class::cast)
                .filter(g -> g.getString("gate").equals(gate))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("caught")
                .longValue();
    }
}

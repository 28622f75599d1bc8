package com.partsbridge.it.tradein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trade-in credit is money: it is quoted only for a unit registered to the caller, from the registration, and a
 * unit earns one credit however the acceptances arrive.
 */
class TradeInMoneyRulesIT extends SystemTest {

    static final String QUOTES = "/api/v1/my/trade-in-quotes";

    Api admin;
    Api alice;
    String oldRemote;
    long alicesUnit;

    @BeforeEach
    void aliceHasARegisteredUnitOfADiscontinuedModelWithATradeInProgram() {
        admin = Api.at(base).as(Api.ADMIN);
        alice = Api.at(base).as(Api.ALICE);
        CatalogFixtures catalog = new CatalogFixtures(Api.at(base));
        String newRemote = catalog.model("NEW");
        oldRemote = catalog.model("OLD", "2019-01-01", "2024-06-30", "2031-06-30", newRemote);
        assertEquals(
                201,
                admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60.00,"monthlyDepreciation":0.015,"floorCredit":15.00,"quoteValidDays":30}""".formatted(oldRemote))
                        .status());
        alicesUnit = unitOf(Api.ALICE, "2025-01-15");
    }

    @Test
    void anotherCustomersUnitCannotBeQuotedAndLooksUnknown() {
        long bobsUnit = unitOf(Api.BOB, "2025-01-15");

        Api.Reply reply = alice.post(QUOTES, "{\"unitId\":" + bobsUnit + ",\"grade\":\"A\"}");

        assertEquals(404, reply.status(), reply::toString);
        assertEquals("urn:partsbridge:problem:unit-not-found", reply.json().getString("type"));
    }

    @Test
    void anUnknownUnitCannotBeQuoted() {
        Api.Reply reply = alice.post(QUOTES, "{\"unitId\":" + (alicesUnit + 1_000_000) + ",\"grade\":\"A\"}");

        assertEquals(404, reply.status(), reply::toString);
    }

    @Test
    void modelSerialAndPurchaseDateComeFromTheRegistrationNeverFromTheRequest() {
        JsonObject honest = quote("{\"unitId\":" + alicesUnit + ",\"grade\":\"A\"}");
        JsonObject forged = quote("""
                {"unitId":%d,"grade":"A","modelCode":"HARMONY-880","serial":"H880A01234","purchasedOn":"2026-11-01"}""".formatted(alicesUnit));

        assertEquals(oldRemote, forged.getString("modelCode"));
        assertEquals(honest.getString("serial"), forged.getString("serial"));
        assertEquals(alicesUnit, forged.getJsonNumber("unitId").longValue());
        assertEquals(amount(honest), amount(forged), "a typed purchase date does not make the unit younger");
        assertBadRequestNaming("unitId", alice.post(QUOTES, """
                {"modelCode":"%s","serial":"A0042","purchasedOn":"2025-01-15","grade":"A"}""".formatted(oldRemote)));
    }

    @Test
    void theCreditGrantedOnAcceptanceIsTheCreditQuoted() {
        JsonObject quoted = quote("{\"unitId\":" + alicesUnit + ",\"grade\":\"B\"}");

        JsonObject accepted = accept(quoted);

        assertEquals(amount(quoted), amount(accepted));
        assertTrue(amount(quoted).signum() > 0, quoted::toString);
    }

    @Test
    void aSecondAcceptanceIsAConflictAndIssuesNoSecondCode() {
        JsonObject quoted = quote("{\"unitId\":" + alicesUnit + ",\"grade\":\"B\"}");
        String code = accept(quoted).getString("creditCode");

        Api.Reply again = alice.post(QUOTES + "/" + id(quoted) + "/acceptance", "");

        assertEquals(409, again.status(), again::toString);
        assertTrue(again.isProblem(), again::toString);
        assertEquals(List.of(code), creditCodesOf(alicesUnit));
    }

    @Test
    void twoAcceptancesOfOneQuoteAtOnceYieldOneCode() throws Exception {
        JsonObject quoted = quote("{\"unitId\":" + alicesUnit + ",\"grade\":\"B\"}");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Api.Reply> accept = () -> {
            start.await();
            return Api.at(base).as(Api.ALICE).post(QUOTES + "/" + id(quoted) + "/acceptance", "");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Api.Reply> replies;
        try {
            Future<Api.Reply> first = pool.submit(accept);
            Future<Api.Reply> second = pool.submit(accept);
            start.countDown();
            replies = List.of(first.get(), second.get());
        } finally {
            pool.shutdownNow();
        }

        assertEquals(
                List.of(200, 409),
                replies.stream().map(Api.Reply::status).sorted().toList(),
                replies::toString);
        assertTrue(replies.stream().filter(r -> r.status() == 409).allMatch(Api.Reply::isProblem), replies::toString);
        assertEquals(1, creditCodesOf(alicesUnit).size());
    }

    @Test
    void quotesAskedForAtOnceAndAcceptedEachStillYieldOneCredit() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Api.Reply> ask = () -> {
            start.await();
            return Api.at(base).as(Api.ALICE).post(QUOTES, "{\"unitId\":" + alicesUnit + ",\"grade\":\"B\"}");
        };
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Api.Reply> replies = new java.util.ArrayList<>();
        try {
            List<Future<Api.Reply>> asked = List.of(pool.submit(ask), pool.submit(ask), pool.submit(ask));
            start.countDown();
            for (Future<Api.Reply> f : asked) {
                replies.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // each one either won, superseded an earlier one, or lost the race on the unit's open-quote key (409)
        assertTrue(
                replies.stream().allMatch(r -> r.status() == 201 || r.status() == 409 && r.isProblem()),
                replies::toString);

        List<Integer> acceptances = replies.stream()
                .filter(r -> r.status() == 201)
                .map(r -> alice.post(QUOTES + "/" + id(r.json()) + "/acceptance", "")
                        .status())
                .toList();

        assertEquals(1, acceptances.stream().filter(s -> s == 200).count(), acceptances::toString);
        assertEquals(1, creditCodesOf(alicesUnit).size());
    }

    @Test
    void aUnitThatHasItsCreditGetsNoFurtherQuote() {
        accept(quote("{\"unitId\":" + alicesUnit + ",\"grade\":\"B\"}"));

        Api.Reply again = alice.post(QUOTES, "{\"unitId\":" + alicesUnit + ",\"grade\":\"A\"}");

        assertEquals(409, again.status(), again::toString);
        assertEquals(
                "urn:partsbridge:problem:unit-already-credited", again.json().getString("type"));
        assertEquals(1, creditCodesOf(alicesUnit).size());
    }

    @Test
    void aNewerQuoteSupersedesTheOpenOneWhichCanNoLongerBeAccepted() {
        JsonObject first = quote("{\"unitId\":" + alicesUnit + ",\"grade\":\"A\"}");
        JsonObject second = quote("{\"unitId\":" + alicesUnit + ",\"grade\":\"C\"}");

        JsonObject superseded = alice.get(QUOTES + "/" + id(first)).json();
        assertEquals("SUPERSEDED", superseded.getString("state"));
        Api.Reply late = alice.post(QUOTES + "/" + id(first) + "/acceptance", "");
        assertEquals(409, late.status(), late::toString);
        assertEquals("urn:partsbridge:problem:quote-not-open", late.json().getString("type"));
        assertEquals(amount(second), amount(accept(second)));
        assertEquals(1, creditCodesOf(alicesUnit).size());
    }

    @Test
    void quoteRequestsAreTypedAndValidated() {
        assertBadRequestNaming("unitId", alice.post(QUOTES, "{\"unitId\":1.5,\"grade\":\"A\"}"));
        assertBadRequestNaming("unitId", alice.post(QUOTES, "{\"unitId\":1e30,\"grade\":\"A\"}"));
        assertBadRequestNaming("unitId", alice.post(QUOTES, "{\"unitId\":-1,\"grade\":\"A\"}"));
        assertBadRequestNaming("grade", alice.post(QUOTES, "{\"unitId\":" + alicesUnit + ",\"grade\":\"Z\"}"));
        assertBadRequestNaming("grade", alice.post(QUOTES, "{\"unitId\":" + alicesUnit + "}"));
        assertEquals(
                0,
                alice.get(QUOTES + "?size=200").json().getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .filter(q -> q.getJsonNumber("unitId") != null
                                && q.getJsonNumber("unitId").longValue() == alicesUnit)
                        .count(),
                "nothing was quoted");
    }

    private long unitOf(String customer, String purchasedOn) {
        Api.Reply r = Api.at(base).as(customer).post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"A%04d","purchasedOn":"%s","proofOfPurchase":"receipt"}""".formatted(
                        oldRemote, (int) (Math.random() * 10000), purchasedOn));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private JsonObject quote(String body) {
        Api.Reply r = alice.post(QUOTES, body);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private JsonObject accept(JsonObject quote) {
        Api.Reply r = alice.post(QUOTES + "/" + id(quote) + "/acceptance", "");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.json().getString("creditCode").matches("TIC-[0-9A-F]{16}"), r::toString);
        return r.json();
    }

    /** Every credit code alice holds for the unit, from her list of quotes. */
    private List<String> creditCodesOf(long unit) {
        return alice.get(QUOTES + "?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(q -> q.getJsonNumber("unitId") != null
                        && q.getJsonNumber("unitId").longValue() == unit)
                .filter(q -> q.containsKey("creditCode") && !q.isNull("creditCode"))
                .map(q -> q.getString("creditCode"))
                .toList();
    }

    private static long id(JsonObject quote) {
        return quote.getJsonNumber("id").longValue();
    }

    private static BigDecimal amount(JsonObject quote) {
        return quote.getJsonNumber("credit").bigDecimalValue();
    }
}

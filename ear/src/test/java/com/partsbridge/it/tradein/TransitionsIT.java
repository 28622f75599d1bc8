package com.partsbridge.it.tradein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the cradle is no longer made the customer gets real, ranked options, not just "buy the new one". */
class TransitionsIT extends SystemTest {

    Api admin;
    CatalogFixtures catalog;
    String oldRemote;
    String cradle;
    long partnerId;

    @BeforeEach
    void aDiscontinuedRemoteWhoseCradleIsGone() {
        Api api = Api.at(base);
        admin = api.as(Api.ADMIN);
        catalog = new CatalogFixtures(api);
        String newRemote = catalog.model("NEW");
        oldRemote = catalog.model("OLD", "2019-01-01", "2024-06-30", "2031-06-30", newRemote);
        cradle = catalog.part("CR", "24.00", 0, "DISCONTINUED");
        catalog.fit(oldRemote, cradle, "A0000", "A9999", "cradle");
        Api.Reply partner =
                admin.post("/api/v1/partners", "{\"name\":\"Partner " + catalog.id + "\",\"royaltyRate\":0.08}");
        assertEquals(201, partner.status(), partner::toString);
        partnerId = partner.json().getJsonNumber("id").longValue();
    }

    @Test
    void ranksAPartnerOfferAheadOfATradeInCreditTowardTheSuccessor() {
        Api.Reply offer = admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X-CR","ourPartNumber":"%s","price":19.90,"stock":5,"leadTimeDays":5}""".formatted(cradle));
        assertEquals(201, offer.status(), offer::toString);
        program(30);

        Api.Reply reply = Api.at(base)
                .get("/api/v1/transitions?model=" + oldRemote
                        + "&serial=A0042&position=cradle&purchasedOn=2025-01-15&grade=B");
        assertEquals(200, reply.status(), reply::toString);
        JsonArray options = reply.array();

        List<String> kinds =
                options.stream().map(o -> ((JsonObject) o).getString("kind")).toList();
        assertEquals(List.of("PARTNER_OFFER", "TRADE_IN"), kinds);
        JsonObject partnerOption = options.getJsonObject(0);
        assertEquals(1, partnerOption.getInt("rank"));
        assertEquals(
                new BigDecimal("19.90"), partnerOption.getJsonNumber("price").bigDecimalValue());
        assertEquals(5, partnerOption.getInt("leadTimeDays"));
        assertTrue(partnerOption.getString("reason").contains(cradle));
        long months = ChronoUnit.MONTHS.between(LocalDate.of(2025, 1, 15), LocalDate.now());
        BigDecimal credit = new BigDecimal("60")
                .multiply(BigDecimal.ONE.subtract(new BigDecimal("0.015").multiply(BigDecimal.valueOf(months))))
                .max(new BigDecimal("15"))
                .multiply(new BigDecimal("0.80"))
                .setScale(2, RoundingMode.HALF_EVEN);
        assertEquals(
                credit.negate(), options.getJsonObject(1).getJsonNumber("price").bigDecimalValue());
    }

    @Test
    void fulfilledReferralsAccrueRoyaltiesOnTheMonthlyStatement() {
        long offer = offer("19.90");
        long cheaper = offer("10.00");
        long first = refer(Api.ALICE, offer);
        long second = refer(Api.BOB, cheaper);
        long declined = refer(Api.ALICE, offer);
        report(first, "ACCEPTED");
        JsonObject fulfilled = report(first, "FULFILLED");
        assertEquals(
                List.of("ISSUED", "ACCEPTED", "FULFILLED"),
                fulfilled.getJsonArray("history").stream()
                        .map(e -> ((JsonObject) e).getString("to"))
                        .toList(),
                "every step on the trail");
        assertEquals("admin", fulfilled.getJsonArray("history").getJsonObject(2).getString("actor"));
        assertEquals(
                409,
                admin.post(referralStatus(first), "{\"state\":\"FULFILLED\"}").status(),
                "a referral is fulfilled, and its royalty accrues, once");
        report(second, "ACCEPTED");
        report(second, "FULFILLED");
        report(declined, "DECLINED");

        assertEquals(
                409,
                admin.post(referralStatus(declined), "{\"state\":\"FULFILLED\"}")
                        .status(),
                "a declined referral stays declined");
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        JsonObject statement = admin.get("/api/v1/partners/" + partnerId + "/royalty-statements/" + month)
                .json();
        assertEquals(2, statement.getJsonArray("lines").size());
        assertEquals(
                new BigDecimal("29.90"), statement.getJsonNumber("totalSales").bigDecimalValue());
        // 8% of 19.90 = 1.59 (half-even), of 10.00 = 0.80
        assertEquals(
                new BigDecimal("2.39"), statement.getJsonNumber("totalRoyalty").bigDecimalValue());
        Api.Reply csv =
                admin.getAccepting("/api/v1/partners/" + partnerId + "/royalty-statements/" + month, "text/csv");
        assertTrue(csv.contentType().startsWith("text/csv"), csv::toString);
        assertTrue(csv.body().contains("total,,,29.90,2.39,EUR"), csv.body());
        assertEquals(
                404,
                admin.post(
                                "/api/v1/partners/" + (partnerId + 1000) + "/referrals/" + first + "/status",
                                "{\"state\":\"ACCEPTED\"}")
                        .status(),
                "another partner's referral is unknown");
    }

    @Test
    void aQuoteAcceptedInTimeYieldsACreditCodeAndAnExpiredOneIsRefused() {
        program(30);
        Api alice = Api.at(base).as(Api.ALICE);
        Api.Reply quoted = alice.post(
                "/api/v1/my/trade-in-quotes", "{\"unitId\":" + unitOf(alice, oldRemote) + ",\"grade\":\"A\"}");
        assertEquals(201, quoted.status(), quoted::toString);
        long id = quoted.json().getJsonNumber("id").longValue();

        assertEquals(
                404,
                Api.at(base)
                        .as(Api.BOB)
                        .post("/api/v1/my/trade-in-quotes/" + id + "/acceptance", "")
                        .status());
        JsonObject accepted = alice.post("/api/v1/my/trade-in-quotes/" + id + "/acceptance", "")
                .json();
        assertEquals("ACCEPTED", accepted.getString("state"));
        assertTrue(accepted.getString("creditCode").matches("TIC-[0-9A-F]{16}"), accepted::toString);
        assertEquals(
                409,
                alice.post("/api/v1/my/trade-in-quotes/" + id + "/acceptance", "")
                        .status());

        JsonObject received = admin.post("/api/v1/trade-in-quotes/" + id + "/receipt", "{\"grade\":\"C\"}")
                .json();
        assertEquals("C", received.getString("grade"));
        assertTrue(received.getString("note").contains("re-graded from A to C"), received::toString);
        assertEquals(
                409,
                admin.post("/api/v1/trade-in-quotes/" + id + "/receipt", "{\"grade\":\"D\"}")
                        .status(),
                "a unit is received, and re-graded, once");
        assertEquals(
                received.getString("creditCode"),
                alice.get("/api/v1/my/trade-in-quotes/" + id).json().getString("creditCode"),
                "a re-grade changes the credit of the one code, it issues none");

        String otherModel = catalog.model("OLD2", "2019-01-01", "2024-06-30", "2031-06-30", oldRemote);
        assertEquals(
                201,
                admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60,"monthlyDepreciation":0.01,"floorCredit":10,"quoteValidDays":0}""".formatted(otherModel))
                        .status());
        long expiring = alice.post(
                        "/api/v1/my/trade-in-quotes", "{\"unitId\":" + unitOf(alice, otherModel) + ",\"grade\":\"A\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.Reply expired = alice.post("/api/v1/my/trade-in-quotes/" + expiring + "/acceptance", "");
        assertEquals(422, expired.status(), expired::toString);
        assertEquals("urn:partsbridge:problem:quote-expired", expired.json().getString("type"));
    }

    @Test
    void reportsAModelWhoseCatalogPromiseFallsShortOfItsObligation() {
        Api.Reply declared =
                admin.put("/api/v1/parts-obligations/" + oldRemote, "{\"yearsAfterLastSale\":10,\"deliveryDays\":15}");
        Api.Reply tooLong =
                admin.put("/api/v1/parts-obligations/" + oldRemote, "{\"yearsAfterLastSale\":99,\"deliveryDays\":15}");

        assertEquals(200, declared.status(), declared::toString);
        JsonObject row = admin.get("/api/v1/reports/parts-obligations").array().stream()
                .map(JsonObject.class::cast)
                .filter(r -> r.getJsonObject("model").getString("modelCode").equals(oldRemote))
                .findFirst()
                .orElseThrow();
        JsonObject finding = row.getJsonObject("model");
        assertEquals(0, row.getJsonArray("overdueRequests").size(), "no request has waited 15 days yet");
        assertEquals("2034-06-30", finding.getString("owedUntil"));
        List<String> breaches = finding.getJsonArray("breaches").stream()
                .map(b -> ((jakarta.json.JsonString) b).getString())
                .toList();
        assertTrue(breaches.get(0).contains("until 2031-06-30, but we owe them until 2034-06-30"), breaches::toString);
        assertTrue(breaches.stream().anyMatch(b -> b.contains("cradle")), breaches::toString);
        // the same facts as data, for clients that word them themselves (the admin page does)
        assertTrue(
                finding.getJsonArray("positionsWithoutPart").stream()
                        .map(p -> ((jakarta.json.JsonString) p).getString())
                        .anyMatch(p -> p.contains("cradle")),
                finding::toString);
        assertBadRequestNaming("yearsAfterLastSale", tooLong);
    }

    @Test
    void anAdminOfferGoesThroughTheFeedRulesAndTheSameUpsert() {
        String offers = "/api/v1/partners/" + partnerId + "/offers";
        Api.Reply gold = admin.post(offers, """
                {"partnerPartNumber":"X-AU","ourPartNumber":"%s","price":1,"currency":"XAU","stock":1,"leadTimeDays":1}""".formatted(cradle));
        Api.Reply created = admin.post(offers, """
                {"partnerPartNumber":"X-UP","ourPartNumber":"%s","price":19.90,"stock":5,"leadTimeDays":5}""".formatted(cradle.toLowerCase()));
        Api.Reply revised = admin.post(offers, """
                {"partnerPartNumber":"X-UP","ourPartNumber":"%s","price":17.50,"stock":5,"leadTimeDays":5}""".formatted(cradle));

        assertBadRequestNaming("currency", gold); // a currency without minor units prices nothing, as in a feed
        assertEquals(201, created.status(), created::toString);
        assertEquals(cradle, created.json().getString("ourPartNumber"), "normalised as a feed row is");
        assertEquals(200, revised.status(), "a known partner part number is revised, not duplicated: " + revised);
        assertEquals(
                created.json().getJsonNumber("id").longValue(),
                revised.json().getJsonNumber("id").longValue());
        assertEquals(
                new BigDecimal("17.50"), revised.json().getJsonNumber("price").bigDecimalValue());
    }

    @Test
    void requestBodiesAreTypedRecordsThatNameTheBadField() {
        long offer = offer("19.90");
        Api alice = Api.at(base).as(Api.ALICE);
        String longText = "X".repeat(200);

        assertBadRequestNaming("offerId", alice.post("/api/v1/my/referrals", "{\"offerId\":" + offer + ".5}"));
        assertBadRequestNaming("offerId", alice.post("/api/v1/my/referrals", "{\"offerId\":1e30}"));
        assertBadRequestNaming("offerId", alice.post("/api/v1/my/referrals", "{}"));
        Api.Reply asText = alice.post("/api/v1/my/referrals", "{\"offerId\":\"" + offer + "\"}");
        assertEquals(201, asText.status(), "a JSON string holding a whole number is read as that id: " + asText);
        assertEquals(cradle, asText.json().getString("ourPartNumber"));
        assertBadRequestNaming("state", admin.post(referralStatus(refer(Api.ALICE, offer)), "{}"));
        assertBadRequestNaming("state", admin.post(referralStatus(refer(Api.ALICE, offer)), "{\"state\":\"SHIPPED\"}"));
        assertBadRequestNaming(
                "label",
                admin.post("/api/v1/partners/" + partnerId + "/api-keys", "{\"label\":\"" + "L".repeat(81) + "\"}"));
        assertEquals(
                201,
                admin.post("/api/v1/partners/" + partnerId + "/api-keys", "{}").status(),
                "the label is optional");
        assertBadRequestNaming("grade", admin.post("/api/v1/trade-in-quotes/1/receipt", "{\"grade\":\"Z\"}"));
        assertBadRequestNaming("grade", admin.post("/api/v1/trade-in-quotes/1/receipt", "{}"));
        // longer than their columns: a 400 naming the field, never a 500 from the database
        assertBadRequestNaming(
                "name", admin.post("/api/v1/partners", "{\"name\":\"" + longText + "\",\"royaltyRate\":0.08}"));
        assertBadRequestNaming(
                "partnerPartNumber",
                admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"%s","ourPartNumber":"%s","price":1,"stock":1,"leadTimeDays":1}""".formatted(longText, cradle)));
        assertBadRequestNaming(
                "ourPartNumber", admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X-L","ourPartNumber":"%s","price":1,"stock":1,"leadTimeDays":1}""".formatted(longText)));
        assertBadRequestNaming("modelCode", admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60,"monthlyDepreciation":0.01,"floorCredit":10,"quoteValidDays":30}""".formatted(longText)));
        assertBadRequestNaming("baseCredit", admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":1e12,"monthlyDepreciation":0.01,"floorCredit":10,"quoteValidDays":30}""".formatted(oldRemote)));
    }

    private long unitOf(Api customer, String model) {
        Api.Reply r = customer.post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"A0042","purchasedOn":"2025-01-15","proofOfPurchase":"receipt"}""".formatted(model));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private long offer(String price) {
        Api.Reply r =
                admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X-%s","ourPartNumber":"%s","price":%s,"stock":5,"leadTimeDays":5}""".formatted(Api.unique(), cradle, price));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private long refer(String customer, long offerId) {
        Api.Reply r = Api.at(base).as(customer).post("/api/v1/my/referrals", "{\"offerId\":" + offerId + "}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private JsonObject report(long referral, String state) {
        Api.Reply r = admin.post(referralStatus(referral), "{\"state\":\"" + state + "\"}");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private String referralStatus(long referral) {
        return "/api/v1/partners/" + partnerId + "/referrals/" + referral + "/status";
    }

    private void program(int validDays) {
        assertEquals(
                201,
                admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60.00,"monthlyDepreciation":0.015,"floorCredit":15.00,"quoteValidDays":%d}""".formatted(oldRemote, validDays))
                        .status());
    }

    @Test
    void rejectsBadOffersAndProgramsClearly() {
        Api.Reply negative = admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X","ourPartNumber":"%s","price":-1,"stock":1,"leadTimeDays":1}""".formatted(cradle));
        Api.Reply unknownPart = admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X","ourPartNumber":"NO-SUCH-%s","price":1,"stock":1,"leadTimeDays":1}""".formatted(catalog.id));
        Api.Reply activeModel = admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60,"monthlyDepreciation":0.01,"floorCredit":10,"quoteValidDays":30}""".formatted(catalog.model("ACTIVE")));
        Api.Reply badGrade = Api.at(base)
                .get("/api/v1/transitions?model=" + oldRemote
                        + "&serial=A0042&position=cradle&purchasedOn=2025-01-15&grade=Z");

        assertBadRequestNaming("price", negative);
        assertBadRequestNaming("ourPartNumber", unknownPart); // as a feed row with that part is rejected
        assertEquals(422, activeModel.status(), activeModel::toString);
        assertBadRequestNaming("grade", badGrade);
        assertEquals(
                403, Api.at(base).as(Api.ALICE).post("/api/v1/partners", "{}").status());
    }
}

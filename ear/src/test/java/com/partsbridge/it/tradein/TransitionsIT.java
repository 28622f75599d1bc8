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
        Api.Reply partner = admin.post("/api/v1/partners",
                "{\"name\":\"Partner " + catalog.id + "\",\"royaltyRate\":0.08}");
        assertEquals(201, partner.status(), partner::toString);
        partnerId = partner.json().getJsonNumber("id").longValue();
    }

    @Test
    void ranksAPartnerOfferAheadOfATradeInCreditTowardTheSuccessor() {
        Api.Reply offer = admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X-CR","ourPartNumber":"%s","price":19.90,"stock":5,"leadTimeDays":5}"""
                .formatted(cradle));
        assertEquals(201, offer.status(), offer::toString);
        assertEquals(201, admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60.00,"monthlyDepreciation":0.015,"floorCredit":15.00,"quoteValidDays":30}"""
                .formatted(oldRemote)).status());

        Api.Reply reply = Api.at(base).get("/api/v1/transitions?model=" + oldRemote
                + "&serial=A0042&position=cradle&purchasedOn=2025-01-15&grade=B");
        assertEquals(200, reply.status(), reply::toString);
        JsonArray options = reply.array();

        List<String> kinds = options.stream().map(o -> ((JsonObject) o).getString("kind")).toList();
        assertEquals(List.of("PARTNER_OFFER", "TRADE_IN"), kinds);
        JsonObject partnerOption = options.getJsonObject(0);
        assertEquals(1, partnerOption.getInt("rank"));
        assertEquals(new BigDecimal("19.90"), partnerOption.getJsonNumber("price").bigDecimalValue());
        assertEquals(5, partnerOption.getInt("leadTimeDays"));
        assertTrue(partnerOption.getString("reason").contains(cradle));
        long months = ChronoUnit.MONTHS.between(LocalDate.of(2025, 1, 15), LocalDate.now());
        BigDecimal credit = new BigDecimal("60").multiply(BigDecimal.ONE.subtract(new BigDecimal("0.015")
                .multiply(BigDecimal.valueOf(months)))).max(new BigDecimal("15")).multiply(new BigDecimal("0.80"))
                .setScale(2, RoundingMode.HALF_EVEN);
        assertEquals(credit.negate(), options.getJsonObject(1).getJsonNumber("price").bigDecimalValue());
    }

    @Test
    void rejectsBadOffersAndProgramsClearly() {
        Api.Reply negative = admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X","ourPartNumber":"%s","price":-1,"stock":1,"leadTimeDays":1}""".formatted(cradle));
        Api.Reply unknownPart = admin.post("/api/v1/partners/" + partnerId + "/offers", """
                {"partnerPartNumber":"X","ourPartNumber":"NO-SUCH-%s","price":1,"stock":1,"leadTimeDays":1}"""
                .formatted(catalog.id));
        Api.Reply activeModel = admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60,"monthlyDepreciation":0.01,"floorCredit":10,"quoteValidDays":30}"""
                .formatted(catalog.model("ACTIVE")));
        Api.Reply badGrade = Api.at(base).get("/api/v1/transitions?model=" + oldRemote
                + "&serial=A0042&position=cradle&purchasedOn=2025-01-15&grade=Z");

        assertBadRequestNaming("price", negative);
        assertEquals(404, unknownPart.status(), unknownPart::toString);
        assertEquals(422, activeModel.status(), activeModel::toString);
        assertBadRequestNaming("grade", badGrade);
        assertEquals(403, Api.at(base).as(Api.ALICE).post("/api/v1/partners", "{}").status());
    }
}

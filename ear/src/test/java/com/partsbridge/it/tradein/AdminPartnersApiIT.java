package com.partsbridge.it.tradein;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin API's reading side for partners and trade-in (what the admin console shows): partners, a partner's
 * offers, feeds, rejected rows and referrals, and the trade-in programs, each paged; only for admins.
 */
class AdminPartnersApiIT extends SystemTest {

    static final String CSV_HEADER = "partner_part_number,our_part_number,price,currency,stock,lead_time_days\n";

    Api admin;
    CatalogFixtures catalog;
    String door;

    @BeforeEach
    void aPartInTheCatalog() {
        admin = Api.at(base).as(Api.ADMIN);
        catalog = new CatalogFixtures(Api.at(base));
        door = catalog.part("DOOR", "9.00", 4, "ACTIVE");
    }

    @Test
    void listsPartnersByNameAndReadsOneAndAnUnknownOneIsA404() {
        long b = partner("B " + catalog.id);
        long a = partner("A " + catalog.id);

        Api.Reply list = admin.get("/api/v1/partners?size=200");
        assertEquals(200, list.status(), list::toString);
        List<String> names = list.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .map(p -> p.getString("name"))
                .filter(n -> n.endsWith(catalog.id))
                .toList();
        assertEquals(List.of("A " + catalog.id, "B " + catalog.id), names, "by name");

        Api.Reply one = admin.get("/api/v1/partners/" + a);
        assertEquals(200, one.status(), one::toString);
        assertEquals("A " + catalog.id, one.json().getString("name"));
        assertEquals(600, one.json().getInt("requestsPerMinute"));
        assertTrue(b != a);

        Api.Reply unknown = admin.get("/api/v1/partners/987654321");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.isProblem(), unknown::toString);
        assertBadRequestNaming("page", admin.get("/api/v1/partners?page=abc"));
    }

    @Test
    void pagesThroughAPartnersOffers() {
        long partner = partner("Offers " + catalog.id);
        for (String number : List.of("X-1", "X-2", "X-3")) {
            Api.Reply put = admin.post("/api/v1/partners/" + partner + "/offers", """
                    {"partnerPartNumber":"%s","ourPartNumber":"%s","price":5,"stock":1,"leadTimeDays":2}""".formatted(number, door));
            assertEquals(201, put.status(), put::toString);
        }
        JsonObject first =
                admin.get("/api/v1/partners/" + partner + "/offers?size=2").json();
        assertEquals(3, first.getInt("total"));
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals("X-1", first.getJsonArray("items").getJsonObject(0).getString("partnerPartNumber"));
        JsonObject second = admin.get("/api/v1/partners/" + partner + "/offers?size=2&page=1")
                .json();
        assertEquals(1, second.getJsonArray("items").size());
        assertEquals("X-3", second.getJsonArray("items").getJsonObject(0).getString("partnerPartNumber"));
        assertEquals(404, admin.get("/api/v1/partners/987654321/offers").status());
    }

    @Test
    void showsAPartnersFeedsWithTheirCountsAndRejectedRowsButNotAnotherPartnersFeed() {
        long partner = partner("Feeds " + catalog.id);
        long other = partner("Other " + catalog.id);
        Api partnerApi = Api.at(base).withKey(key(partner));
        Api.Reply sent = partnerApi.post(
                "/api/partner/v1/offer-feeds",
                "text/csv",
                (CSV_HEADER + "F-1," + door + ",5.00,EUR,1,2\nF-2,NOPE-" + catalog.id + ",1.00,EUR,1,1\n")
                        .getBytes(UTF_8));
        assertEquals(201, sent.status(), sent::toString);
        long feed = sent.json().getJsonNumber("id").longValue();

        Api.Reply feeds = admin.get("/api/v1/partners/" + partner + "/offer-feeds");
        assertEquals(200, feeds.status(), feeds::toString);
        assertEquals(1, feeds.json().getInt("total"));
        JsonObject listed = feeds.json().getJsonArray("items").getJsonObject(0);
        assertEquals(feed, listed.getJsonNumber("id").longValue());
        assertEquals("COMPLETED", listed.getString("status"));
        assertEquals(1, listed.getInt("created"));
        assertEquals(1, listed.getInt("rejected"));
        assertEquals(
                "COMPLETED",
                admin.get("/api/v1/partners/" + partner + "/offer-feeds/" + feed)
                        .json()
                        .getString("status"));

        Api.Reply rejections = admin.get("/api/v1/partners/" + partner + "/offer-feeds/" + feed + "/rejections");
        assertEquals(200, rejections.status(), rejections::toString);
        JsonObject row = rejections.json().getJsonArray("items").getJsonObject(0);
        assertEquals(2, row.getInt("row"));
        assertTrue(row.getString("reason").contains("NOPE-" + catalog.id), row::toString);

        assertEquals(
                404,
                admin.get("/api/v1/partners/" + other + "/offer-feeds/" + feed + "/rejections")
                        .status(),
                "a feed is only found under its own partner");
        assertEquals(
                0,
                admin.get("/api/v1/partners/" + other + "/offer-feeds").json().getInt("total"));
        assertEquals(404, admin.get("/api/v1/partners/987654321/offer-feeds").status());
    }

    @Test
    void listsAPartnersReferralsByState() {
        long partner = partner("Referrals " + catalog.id);
        Api.Reply offer = admin.post("/api/v1/partners/" + partner + "/offers", """
                {"partnerPartNumber":"R-1","ourPartNumber":"%s","price":19.90,"stock":3,"leadTimeDays":5}""".formatted(door));
        Api.Reply referred = Api.at(base)
                .as(Api.ALICE)
                .post(
                        "/api/v1/my/referrals",
                        "{\"offerId\":" + offer.json().getJsonNumber("id").longValue() + "}");
        assertEquals(201, referred.status(), referred::toString);

        JsonObject issued = admin.get("/api/v1/partners/" + partner + "/referrals?state=ISSUED")
                .json();
        assertEquals(1, issued.getInt("total"));
        assertEquals("R-1", issued.getJsonArray("items").getJsonObject(0).getString("partnerPartNumber"));
        assertEquals(
                0,
                admin.get("/api/v1/partners/" + partner + "/referrals?state=FULFILLED")
                        .json()
                        .getInt("total"));
        assertBadRequestNaming("state", admin.get("/api/v1/partners/" + partner + "/referrals?state=LOST"));
    }

    @Test
    void listsTradeInProgramsWithTheirCreditRuleAndGrades() {
        String successor = catalog.model("NEW");
        String old = catalog.model("OLD", "2019-01-01", "2024-06-30", "2031-06-30", successor);
        Api.Reply created = admin.post("/api/v1/trade-in-programs", """
                {"modelCode":"%s","baseCredit":60.00,"monthlyDepreciation":0.015,"floorCredit":15.00,"quoteValidDays":30}""".formatted(old));
        assertEquals(201, created.status(), created::toString);

        Api.Reply programs = admin.get("/api/v1/trade-in-programs?size=200");
        assertEquals(200, programs.status(), programs::toString);
        JsonObject program = programs.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("modelCode").equals(old))
                .findFirst()
                .orElseThrow(() -> new AssertionError(programs.toString()));
        assertEquals(successor, program.getString("successorCode"));
        assertEquals(
                0, program.getJsonNumber("baseCredit").bigDecimalValue().compareTo(new java.math.BigDecimal("60")));
        assertEquals(30, program.getInt("quoteValidDays"));
        assertEquals(
                0,
                program.getJsonObject("gradeMultipliers")
                        .getJsonNumber("B")
                        .bigDecimalValue()
                        .compareTo(new java.math.BigDecimal("0.80")));
    }

    @Test
    void aPartnersHistorySaysWhoRegisteredItChangedItsRateSavedAnOfferAndIssuedAndRevokedAKey() {
        long partner = partner("History " + catalog.id);
        admin.put("/api/v1/partners/" + partner + "/rate-limit", "{\"requestsPerMinute\":120}");
        admin.post("/api/v1/partners/" + partner + "/offers", """
                {"partnerPartNumber":"H-1","ourPartNumber":"%s","price":5,"stock":1,"leadTimeDays":2}""".formatted(door));
        String key = key(partner);
        String keyId = key.substring(4, key.indexOf('.'));
        admin.delete("/api/v1/partners/" + partner + "/api-keys/" + keyId);

        Api.Reply history = admin.get("/api/v1/partners/" + partner + "/history");
        assertEquals(200, history.status(), history::toString);
        List<String> actions = history.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .map(e -> e.getString("action") + " by " + e.getString("actor"))
                .toList();
        assertEquals(
                List.of(
                        "KEY_REVOKED by admin",
                        "KEY_ISSUED by admin",
                        "OFFER_PUT by admin",
                        "RATE_LIMIT_CHANGED by admin",
                        "REGISTERED by admin"),
                actions,
                "newest first");
        assertTrue(history.body().contains("600 to 120 calls a minute"), history::toString);
        assertFalse(history.body().contains(key.substring(key.indexOf('.') + 1)), "never a key's secret");
        assertEquals(
                403,
                Api.at(base)
                        .as(Api.REP)
                        .get("/api/v1/partners/" + partner + "/history")
                        .status());
    }

    @Test
    void onlyAdminsReadPartnersAndPrograms() {
        long partner = partner("Private " + catalog.id);
        String key = key(partner);
        List<String> paths = List.of(
                "/api/v1/partners",
                "/api/v1/partners/" + partner,
                "/api/v1/partners/" + partner + "/offers",
                "/api/v1/partners/" + partner + "/offer-feeds",
                "/api/v1/partners/" + partner + "/referrals",
                "/api/v1/partners/" + partner + "/history",
                "/api/v1/trade-in-programs");
        for (String path : paths) {
            assertEquals(401, Api.at(base).get(path).status(), "anonymous " + path);
            for (Api refused : List.of(
                    Api.at(base).as(Api.REP),
                    Api.at(base).as(Api.ALICE),
                    Api.at(base).withKey(key))) {
                Api.Reply reply = refused.get(path);
                assertEquals(403, reply.status(), path + ": " + reply);
                assertTrue(reply.isProblem(), reply::toString);
            }
        }
    }

    private long partner(String name) {
        Api.Reply created = admin.post("/api/v1/partners", """
                {"name":"%s","royaltyRate":0.08}""".formatted(name));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private String key(long partner) {
        Api.Reply issued = admin.post("/api/v1/partners/" + partner + "/api-keys", "{}");
        assertEquals(201, issued.status(), issued::toString);
        return issued.json().getString("key");
    }
}

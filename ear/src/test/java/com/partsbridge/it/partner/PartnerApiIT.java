package com.partsbridge.it.partner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner suppliers over REST with their own keys: offers, feeds, referrals, royalties, and nothing of others'. */
class PartnerApiIT extends SystemTest {

    static final String CSV_HEADER = "partner_part_number,our_part_number,price,currency,stock,lead_time_days\n";

    Api admin;
    CatalogFixtures catalog;
    String door;
    String cradle;

    @BeforeEach
    void twoPartsInTheCatalog() {
        admin = Api.at(base).as(Api.ADMIN);
        catalog = new CatalogFixtures(Api.at(base));
        door = catalog.part("DOOR", "9.00", 4, "ACTIVE");
        cradle = catalog.part("CR", "24.00", 0, "DISCONTINUED");
    }

    @Test
    void aKeyIsShownOnceKeptHashedAndStopsWorkingWhenRevoked() {
        long partner = partner(600);
        Api.Reply issued = admin.post("/api/v1/partners/" + partner + "/api-keys", "{\"label\":\"ERP\"}");
        assertEquals(201, issued.status(), issued::toString);
        String key = issued.json().getString("key");
        String keyId = issued.json().getString("keyId");
        assertTrue(key.startsWith("pbk_" + keyId + "."), key);
        String secret = key.substring(key.indexOf('.') + 1);

        Api.Reply listed = admin.get("/api/v1/partners/" + partner + "/api-keys");
        assertEquals(keyId, listed.array().getJsonObject(0).getString("keyId"));
        assertFalse(listed.body().contains(secret), "a listed key never shows its secret");

        Api partnerApi = Api.at(base).withKey(key);
        assertEquals(200, partnerApi.get("/api/partner/v1/offers").status());
        assertEquals(401, Api.at(base).get("/api/partner/v1/offers").status(), "no key");
        assertEquals(
                401,
                Api.at(base)
                        .withKey(key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A"))
                        .get("/api/partner/v1/offers")
                        .status(),
                "a wrong secret");
        assertEquals(
                403, Api.at(base).as(Api.ALICE).get("/api/partner/v1/offers").status(), "a customer");
        assertEquals(403, partnerApi.get("/api/v1/my/units").status(), "a partner key opens only the partner API");

        assertEquals(
                200,
                admin.delete("/api/v1/partners/" + partner + "/api-keys/" + keyId)
                        .status());
        Api.Reply revoked = partnerApi.get("/api/partner/v1/offers");
        assertEquals(401, revoked.status(), revoked::toString);
        assertTrue(revoked.isProblem(), revoked::toString);
    }

    @Test
    void adminsSetAPartnersRateAndRevokeAKeyOnlyThroughItsOwnPartnerAndOnlyOnce() {
        long partner = partner(600);
        String key = key(partner);
        String keyId = key.substring("pbk_".length(), key.indexOf('.'));
        Api partnerApi = Api.at(base).withKey(key);
        String rate = "/api/v1/partners/" + partner + "/rate-limit";

        Api.Reply limited = admin.put(rate, "{\"requestsPerMinute\":1}");
        assertEquals(200, limited.status(), limited::toString);
        assertEquals(1, limited.json().getInt("requestsPerMinute"));
        assertEquals(200, partnerApi.get("/api/partner/v1/offers").status(), "the new rate applies at once");
        assertEquals(429, partnerApi.get("/api/partner/v1/offers").status());
        assertBadRequestNaming("requestsPerMinute", admin.put(rate, "{\"requestsPerMinute\":0}"));
        assertBadRequestNaming("requestsPerMinute", admin.put(rate, "{}"));
        assertEquals(
                404,
                admin.put("/api/v1/partners/" + (partner + 100_000) + "/rate-limit", "{\"requestsPerMinute\":5}")
                        .status());
        assertEquals(
                404,
                admin.post("/api/v1/partners/" + (partner + 100_000) + "/api-keys", "{}")
                        .status());

        long other = partner(600);
        assertEquals(
                404,
                admin.delete("/api/v1/partners/" + other + "/api-keys/" + keyId).status(),
                "a key is revoked through its own partner");
        assertEquals(
                200,
                admin.delete("/api/v1/partners/" + partner + "/api-keys/" + keyId)
                        .status());
        assertEquals(
                409,
                admin.delete("/api/v1/partners/" + partner + "/api-keys/" + keyId)
                        .status(),
                "a key is revoked once");
    }

    @Test
    void aPartnerSeesAndChangesOnlyItsOwnOffersReferralsAndFeeds() {
        long a = partner(600);
        long b = partner(600);
        Api partnerA = Api.at(base).withKey(key(a));
        Api partnerB = Api.at(base).withKey(key(b));
        Api.Reply offerB = partnerB.post("/api/partner/v1/offers", """
                {"partnerPartNumber":"B-CR","ourPartNumber":"%s","price":19.90,"stock":3,"leadTimeDays":5}""".formatted(cradle));
        assertEquals(201, offerB.status(), offerB::toString);
        long referral = refer(Api.ALICE, offerB.json().getJsonNumber("id").longValue());
        long feedB = partnerB.post(
                        "/api/partner/v1/offer-feeds",
                        "text/csv",
                        (CSV_HEADER + "B-D," + door + ",5.00,EUR,1,2\n").getBytes(UTF_8))
                .json()
                .getJsonNumber("id")
                .longValue();

        assertEquals(404, partnerA.get("/api/partner/v1/referrals/" + referral).status(), "B's referral");
        assertEquals(
                404,
                partnerA.post("/api/partner/v1/referrals/" + referral + "/status", "{\"state\":\"ACCEPTED\"}")
                        .status(),
                "A cannot report on B's referral");
        assertEquals(0, partnerA.get("/api/partner/v1/referrals").json().getInt("total"));
        assertEquals(0, partnerA.get("/api/partner/v1/offers").json().getInt("total"));
        assertEquals(404, partnerA.get("/api/partner/v1/offer-feeds/" + feedB).status(), "B's feed");
        assertEquals(
                404,
                partnerA.get("/api/partner/v1/offer-feeds/" + feedB + "/rejections")
                        .status());

        JsonObject inbox =
                partnerB.get("/api/partner/v1/referrals?state=ISSUED").json();
        assertEquals(1, inbox.getInt("total"), inbox::toString);
        assertEquals(
                referral,
                inbox.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(
                200,
                partnerB.post("/api/partner/v1/referrals/" + referral + "/status", "{\"state\":\"ACCEPTED\"}")
                        .status());
        JsonObject fulfilled = partnerB.post(
                        "/api/partner/v1/referrals/" + referral + "/status", "{\"state\":\"FULFILLED\"}")
                .json();
        assertEquals("FULFILLED", fulfilled.getString("state"));
        assertTrue(
                fulfilled
                        .getJsonArray("history")
                        .getJsonObject(2)
                        .getString("actor")
                        .startsWith("partner:" + b),
                fulfilled::toString);
        assertEquals(
                409,
                partnerB.post("/api/partner/v1/referrals/" + referral + "/status", "{\"state\":\"DECLINED\"}")
                        .status(),
                "a fulfilled referral stays fulfilled");
        assertBadRequestNaming(
                "state", partnerB.post("/api/partner/v1/referrals/" + referral + "/status", "{\"state\":\"SHIPPED\"}"));
        assertBadRequestNaming("state", partnerB.post("/api/partner/v1/referrals/" + referral + "/status", "{}"));
        assertBadRequestNaming(
                "state", partnerB.post("/api/partner/v1/referrals/" + referral + "/status", "{\"state\":7}"));

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        Api.Reply csv = partnerB.getAccepting("/api/partner/v1/royalty-statements/" + month, "text/csv");
        assertTrue(csv.body().contains("total,,,19.90,1.59,EUR"), csv::toString); // 8% of 19.90, half-even
        assertEquals(
                0,
                partnerA.get("/api/partner/v1/royalty-statements/" + month)
                        .json()
                        .getJsonArray("lines")
                        .size(),
                "A owes nothing for B's sale");
    }

    @Test
    void aSingleOfferIsRefusedAsTheSameRowInAFeedWouldBeNamingTheField() {
        Api partner = Api.at(base).withKey(key(partner(600)));
        Api.Reply unknownPart = partner.post("/api/partner/v1/offers", """
                {"partnerPartNumber":"P-X","ourPartNumber":"NO-SUCH-%s","price":1.00,"stock":1,"leadTimeDays":1}""".formatted(catalog.id));
        Api.Reply gold = partner.post("/api/partner/v1/offers", """
                {"partnerPartNumber":"P-X","ourPartNumber":"%s","price":1.00,"currency":"XAU","stock":1,"leadTimeDays":1}""".formatted(door));
        Api.Reply feed = partner.post(
                "/api/partner/v1/offer-feeds",
                "text/csv",
                (CSV_HEADER + "P-X,NO-SUCH-" + catalog.id + ",1.00,EUR,1,1\nP-Y," + door + ",1.00,XAU,1,1\n")
                        .getBytes(UTF_8));

        assertBadRequestNaming("ourPartNumber", unknownPart);
        assertBadRequestNaming("currency", gold);
        assertEquals(201, feed.status(), feed::toString);
        assertEquals(
                List.of("ourPartNumber", "currency"),
                partner
                        .get("/api/partner/v1/offer-feeds/"
                                + feed.json().getJsonNumber("id").longValue() + "/rejections")
                        .json()
                        .getJsonArray("items")
                        .stream()
                        .map(r -> ((JsonObject) r).getString("field"))
                        .toList());
        assertEquals(0, partner.get("/api/partner/v1/offers").json().getInt("total"));
    }

    @Test
    void theSameFeedTwiceChangesNothingAndEachBadRowIsReportedWithItsReason() {
        Api partner = Api.at(base).withKey(key(partner(600)));
        byte[] feed = (CSV_HEADER
                        + "X-1," + door + ",12.50,EUR,30,4\n"
                        + "X-2," + cradle + ",19.90,EUR,2,10\n"
                        + "X-3,NO-SUCH-" + catalog.id + ",1.00,EUR,1,1\n"
                        + "X-4," + door + ",abc,EUR,1,1\n"
                        + "X-5," + door + ",1.00,EUR,1,1,\"" + "9".repeat(3_000) + "\"\n")
                .getBytes(UTF_8);

        Api.Reply first = partner.post("/api/partner/v1/offer-feeds", "text/csv", feed);
        Api.Reply second = partner.post("/api/partner/v1/offer-feeds", "text/csv", feed);

        assertEquals(201, first.status(), first::toString);
        assertCounts(first.json(), 2, 0, 0, 3);
        assertCounts(second.json(), 0, 0, 2, 3);
        assertEquals(first.json().getString("sha256"), second.json().getString("sha256"));
        JsonObject offers = partner.get("/api/partner/v1/offers").json();
        assertEquals(2, offers.getInt("total"), offers::toString);

        JsonObject rejections = partner.get(first.location().replaceFirst("^https?://[^/]+", "") + "/rejections")
                .json();
        assertEquals(
                List.of(3, 4, 5),
                rejections.getJsonArray("items").stream()
                        .map(r -> ((JsonObject) r).getInt("row"))
                        .toList());
        assertEquals(
                List.of("ourPartNumber", "price", "row"),
                rejections.getJsonArray("items").stream()
                        .map(r -> ((JsonObject) r).getString("field"))
                        .toList());

        Api.Reply revised = partner.post(
                "/api/partner/v1/offer-feeds",
                "text/csv",
                (CSV_HEADER + "X-1," + door + ",11.00,EUR,30,4\n").getBytes(UTF_8));
        assertCounts(revised.json(), 0, 1, 0, 0);
    }

    @Test
    void aFeedThatCannotBeReadIsRefusedWholeAndNothingOfItIsApplied() {
        Api partner = Api.at(base).withKey(key(partner(600)));
        String brokenQuote = CSV_HEADER + "X-1," + door + ",1.00,EUR,1,1\nX-2,\"" + door + ",1.00,EUR,1,1\n";
        String cutJson = "[{\"partnerPartNumber\":\"X-1\",\"ourPartNumber\":\"" + door + "\",\"price\":1,"
                + "\"stock\":1,\"leadTimeDays\":1},{\"partnerPartNumber\":";
        String missingColumn = "partner_part_number,our_part_number,price\nX-1," + door + ",1.00\n";

        for (Api.Reply refused : List.of(
                partner.post("/api/partner/v1/offer-feeds", "text/csv", brokenQuote.getBytes(UTF_8)),
                partner.post("/api/partner/v1/offer-feeds", "application/json", cutJson.getBytes(UTF_8)),
                partner.post("/api/partner/v1/offer-feeds", "text/csv", missingColumn.getBytes(UTF_8)),
                partner.post("/api/partner/v1/offer-feeds", "text/csv", new byte[] {'a', ',', (byte) 0xC3, '\n'}))) {
            assertBadRequestNaming("body", refused);
        }
        assertEquals(0, partner.get("/api/partner/v1/offers").json().getInt("total"), "not one row applied");
        assertEquals(0, partner.get("/api/partner/v1/offer-feeds").json().getInt("total"), "no feed kept");

        Api.Reply tooLarge = partner.post("/api/partner/v1/offer-feeds", "text/csv", new byte[9 * 1024 * 1024]);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.isProblem());
    }

    @Test
    void jsonFeedRowsOfTheWrongTypeAreRejectedOneByOne() {
        Api partner = Api.at(base).withKey(key(partner(600)));
        Api.Reply reply = partner.post("/api/partner/v1/offer-feeds", "application/json", """
                [{"partnerPartNumber":"J-1","ourPartNumber":"%1$s","price":4.5,"stock":2,"leadTimeDays":3},
                 {"partnerPartNumber":"J-2","ourPartNumber":"%1$s","price":"4.50","stock":2,"leadTimeDays":3},
                 {"partnerPartNumber":"J-3","ourPartNumber":"%1$s","price":4.5,"stock":true,"leadTimeDays":3},
                 [1, 2, 3]]""".formatted(door)
                .getBytes(UTF_8));
        assertEquals(201, reply.status(), reply::toString);
        assertCounts(reply.json(), 1, 0, 0, 3);
        JsonObject rejections = partner.get(
                        "/api/partner/v1/offer-feeds/" + reply.json().getJsonNumber("id") + "/rejections")
                .json();
        assertEquals(
                List.of("price", "stock", "row"),
                rejections.getJsonArray("items").stream()
                        .map(r -> ((JsonObject) r).getString("field"))
                        .toList());
    }

    @Test
    void aLargeFeedRunsAsABatchJobWhoseProgressThePartnerCanPoll() throws InterruptedException {
        Api partner = Api.at(base).withKey(key(partner(6_000)));
        int rows = 20_000;
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("L-")
                    .append(i)
                    .append(',')
                    .append(i % 2 == 0 ? door : cradle)
                    .append(',')
                    .append(i % 90 + 1)
                    .append(".50,EUR,")
                    .append(i % 7)
                    .append(',')
                    .append(i % 30)
                    .append('\n');
        }
        csv.append("L-0,").append(door).append(",1.00,EUR,1,1\n"); // the same partner part number again

        Api.Reply accepted = partner.post(
                "/api/partner/v1/offer-feeds", "text/csv", csv.toString().getBytes(UTF_8));
        assertEquals(202, accepted.status(), accepted::toString);
        assertEquals(rows + 1, accepted.json().getInt("rowsTotal"));
        String location = accepted.location().replaceFirst("^https?://[^/]+", "");

        JsonObject feed = accepted.json();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!feed.getString("status").equals("COMPLETED") && Instant.now().isBefore(deadline)) {
            assertFalse(feed.getString("status").equals("FAILED"), feed::toString);
            Thread.sleep(250);
            feed = partner.get(location).json();
            assertTrue(feed.getInt("rowsDone") <= feed.getInt("rowsTotal"));
        }
        assertEquals("COMPLETED", feed.getString("status"), feed::toString);
        assertEquals(100, feed.getInt("percentDone"));
        assertCounts(feed, rows, 0, 0, 1);
        assertEquals(rows, partner.get("/api/partner/v1/offers").json().getInt("total"));
        JsonObject rejection = partner.get(location + "/rejections")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(rows + 1, rejection.getInt("row"));
        assertTrue(rejection.getString("reason").contains("row 1"), rejection::toString);
    }

    @Test
    void feedsAndSingleOffersShareTheOfferIdsAndAFeedsRevisionsAreStored() {
        // a feed writes its offers set-based, a single offer is an entity: both draw ids from one sequence
        Api partner = Api.at(base).withKey(key(partner(600)));
        Api.Reply before = partner.post("/api/partner/v1/offers", """
                {"partnerPartNumber":"S-1","ourPartNumber":"%s","price":3.00,"stock":1,"leadTimeDays":1}""".formatted(door));
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 120; i++) {
            csv.append("F-").append(i).append(',').append(cradle).append(",2.00,EUR,1,1\n");
        }
        Api.Reply created = partner.post(
                "/api/partner/v1/offer-feeds", "text/csv", csv.toString().getBytes(UTF_8));
        Api.Reply after = partner.post("/api/partner/v1/offers", """
                {"partnerPartNumber":"S-2","ourPartNumber":"%s","price":4.00,"stock":1,"leadTimeDays":1}""".formatted(door));
        Api.Reply revised = partner.post(
                "/api/partner/v1/offer-feeds",
                "text/csv",
                csv.toString()
                        .replace(",2.00,EUR,", ",2.50,EUR,")
                        .concat("S-1," + door + ",3.25,EUR,2,1\n")
                        .getBytes(UTF_8));

        assertEquals(201, before.status(), before::toString);
        assertEquals(201, created.status(), created::toString);
        assertCounts(created.json(), 120, 0, 0, 0);
        assertEquals(201, after.status(), after::toString);
        assertCounts(revised.json(), 0, 121, 0, 0);
        JsonArray offers = partner.get("/api/partner/v1/offers?size=200").json().getJsonArray("items");
        assertEquals(122, offers.size(), offers::toString);
        assertEquals(
                122,
                offers.stream()
                        .map(o -> ((JsonObject) o).getJsonNumber("id").longValue())
                        .distinct()
                        .count());
        for (JsonValue o : offers) {
            JsonObject offer = (JsonObject) o;
            String expected = switch (offer.getString("partnerPartNumber")) {
                case "S-1" -> "3.25";
                case "S-2" -> "4.00";
                default -> "2.50";
            };
            assertEquals(new BigDecimal(expected), offer.getJsonNumber("price").bigDecimalValue(), offer::toString);
        }
    }

    @Test
    void aPartnerOverItsRateGetsA429WithRetryAfter() {
        Api partner = Api.at(base).withKey(key(partner(5)));
        for (int i = 0; i < 5; i++) {
            Api.Reply ok = partner.get("/api/partner/v1/referrals");
            assertEquals(200, ok.status(), ok::toString);
            assertEquals(String.valueOf(4 - i), ok.header("RateLimit-Remaining"));
            assertNull(ok.header("Set-Cookie"), "an API call opens no session");
        }
        Api.Reply limited = partner.get("/api/partner/v1/referrals");
        assertEquals(429, limited.status(), limited::toString);
        assertTrue(limited.isProblem());
        assertNotNull(limited.header("Retry-After"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1, limited.header("Retry-After"));
        assertEquals(
                200,
                Api.at(base)
                        .withKey(key(partner(5)))
                        .get("/api/partner/v1/referrals")
                        .status(),
                "another partner has its own allowance");
    }

    @Test
    void theServerServesAnOpenApiDocumentForThePartnerApi() {
        Api.Reply reply = Api.at(base).getAccepting("/openapi?format=JSON", "application/json");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject doc = reply.json();
        JsonObject paths = doc.getJsonObject("paths");
        for (String path : List.of(
                "/api/partner/v1/offers",
                "/api/partner/v1/offer-feeds",
                "/api/partner/v1/offer-feeds/{id}",
                "/api/partner/v1/offer-feeds/{id}/rejections",
                "/api/partner/v1/referrals",
                "/api/partner/v1/referrals/{id}/status",
                "/api/partner/v1/royalty-statements/{month}")) {
            assertTrue(paths.containsKey(path), "the document lists " + path);
        }
        JsonObject upload = paths.getJsonObject("/api/partner/v1/offer-feeds").getJsonObject("post");
        assertTrue(upload.getJsonObject("requestBody").getJsonObject("content").containsKey("text/csv"));
        assertTrue(upload.getJsonObject("responses").containsKey("202"));
        assertTrue(upload.getJsonObject("responses").containsKey("429"));
        assertEquals(
                "partnerKey",
                upload.getJsonArray("security")
                        .getJsonObject(0)
                        .keySet()
                        .iterator()
                        .next());
        JsonObject scheme =
                doc.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("partnerKey");
        assertEquals("bearer", scheme.getString("scheme"));
    }

    private long partner(int requestsPerMinute) {
        Api.Reply created = admin.post("/api/v1/partners", """
                {"name":"Partner %s","royaltyRate":0.08,"requestsPerMinute":%d}""".formatted(Api.unique(), requestsPerMinute));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private String key(long partner) {
        Api.Reply issued = admin.post("/api/v1/partners/" + partner + "/api-keys", "{}");
        assertEquals(201, issued.status(), issued::toString);
        return issued.json().getString("key");
    }

    private long refer(String customer, long offerId) {
        Api.Reply r = Api.at(base).as(customer).post("/api/v1/my/referrals", "{\"offerId\":" + offerId + "}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static void assertCounts(JsonObject feed, int created, int updated, int unchanged, int rejected) {
        assertEquals(
                List.of(created, updated, unchanged, rejected),
                List.of(
                        feed.getInt("created"),
                        feed.getInt("updated"),
                        feed.getInt("unchanged"),
                        feed.getInt("rejected")),
                feed::toString);
    }
}

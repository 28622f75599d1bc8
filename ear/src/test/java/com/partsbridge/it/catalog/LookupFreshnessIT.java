package com.partsbridge.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * However the fit lookup is made fast, an admin's change to a part shows in the very next lookup, and a client
 * that revalidates with the ETag it holds gets the new answer (200, new ETag) instead of a 304: each change is
 * made after the same lookup was answered (and tagged) at least once, so that nothing kept from that answer
 * (a cache of rows, of entities or of the answer) may hide it.
 */
class LookupFreshnessIT extends SystemTest {

    Api api;
    Api admin;
    CatalogFixtures catalog;
    String lookup;
    String door;
    String newerDoor;

    @BeforeEach
    void unitWithOneDoor() {
        api = Api.at(base);
        admin = api.as(Api.ADMIN);
        catalog = new CatalogFixtures(api);
        String remote = catalog.model("880");
        door = catalog.part("DOOR", "9.90", 5, "ACTIVE");
        newerDoor = catalog.part("DOOR2", "11.50", 7, "ACTIVE");
        catalog.fit(remote, door, "A0000", "A9999", "battery door");
        lookup = "/api/v1/models/" + remote + "/units/A0042/parts";
    }

    @Test
    void seesEachChangeOfPriceStockLifecycleAndSupersessionInTheNextLookup() {
        Api.Reply first = api.get(lookup);
        assertEquals(200, first.status(), first::toString);
        String etag = first.header("ETag");
        assertNotNull(etag, "the lookup is tagged");
        assertTrue(first.header("Cache-Control").contains("no-cache"), "caches must revalidate each time");
        Api.Reply unchanged = api.getIfNoneMatch(lookup, etag);
        assertEquals(304, unchanged.status(), unchanged::toString);
        assertEquals("", unchanged.body());
        assertEquals(etag, unchanged.header("ETag"));

        changed(admin.put("/api/v1/parts/" + door + "/price", "{\"listPrice\":12.40}"));
        Api.Reply repriced = api.getIfNoneMatch(lookup, etag);
        etag = newTag(repriced, etag);
        assertEquals(
                new BigDecimal("12.40"),
                listed(repriced).getJsonNumber("listPrice").bigDecimalValue());

        changed(admin.put("/api/v1/parts/" + door + "/stock", "{\"stockOnHand\":0}"));
        Api.Reply counted = api.getIfNoneMatch(lookup, etag);
        etag = newTag(counted, etag);
        assertEquals(0, listed(counted).getInt("stockOnHand"));
        assertTrue(row(counted).getBoolean("available"), "an active part can be back-ordered");

        changed(admin.put("/api/v1/parts/" + door + "/lifecycle", "{\"lifecycle\":\"DISCONTINUED\"}"));
        Api.Reply discontinued = api.getIfNoneMatch(lookup, etag);
        etag = newTag(discontinued, etag);
        assertEquals("DISCONTINUED", listed(discontinued).getString("lifecycle"));
        assertFalse(row(discontinued).getBoolean("available"), "discontinued and none left: nothing to ship");

        catalog.supersede(door, newerDoor, "ONE_WAY");
        Api.Reply superseded = api.getIfNoneMatch(lookup, etag);
        newTag(superseded, etag);
        assertEquals(newerDoor, row(superseded).getJsonObject("toShip").getString("partNumber"), superseded::toString);
        assertEquals(2, row(superseded).getJsonArray("chain").size());
    }

    @Test
    void seesAChangeToAPartDownTheChainAndToTheFitmentsInTheNextLookup() {
        String newestDoor = catalog.part("DOOR3", "13.00", 4, "ACTIVE");
        catalog.supersede(door, newerDoor, "ONE_WAY");
        Api.Reply first = api.get(lookup + "?compact=true");
        assertEquals(newerDoor, row(first).getJsonObject("toShip").getString("partNumber"), first::toString);
        String etag = first.header("ETag");
        assertEquals(304, api.getIfNoneMatch(lookup + "?compact=true", etag).status());

        catalog.supersede(newerDoor, newestDoor, "TWO_WAY");
        Api.Reply longer = api.getIfNoneMatch(lookup + "?compact=true", etag);
        etag = newTag(longer, etag);
        assertEquals(newestDoor, row(longer).getJsonObject("toShip").getString("partNumber"), longer::toString);
        assertEquals(3, row(longer).getJsonArray("chain").size());

        changed(admin.put("/api/v1/parts/" + newestDoor + "/lifecycle", "{\"lifecycle\":\"DISCONTINUED\"}"));
        changed(admin.put("/api/v1/parts/" + newestDoor + "/stock", "{\"stockOnHand\":0}"));
        Api.Reply newestGone = api.getIfNoneMatch(lookup + "?compact=true", etag);
        etag = newTag(newestGone, etag);
        assertEquals(
                newerDoor,
                row(newestGone).getJsonObject("toShip").getString("partNumber"),
                "the newest part that can still be had: " + newestGone);

        Api.Reply fitments = admin.get("/api/v1/models/" + lookup.split("/")[4] + "/fitments");
        long fitment = fitments.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                204,
                admin.delete("/api/v1/models/" + lookup.split("/")[4] + "/fitments/" + fitment)
                        .status());
        Api.Reply none = api.getIfNoneMatch(lookup + "?compact=true", etag);
        newTag(none, etag);
        assertEquals(0, none.array().size(), "the unit lists nothing any more: " + none);
    }

    @Test
    void compactAnswerLeavesOutWhatRepeatsTheListedPart() {
        JsonObject full = row(api.get(lookup));
        Api.Reply compact = api.get(lookup + "?compact=true");
        JsonObject row = row(compact);

        assertEquals(door, full.getJsonObject("toShip").getString("partNumber"), "the full answer repeats it");
        assertEquals(door, row.getJsonObject("listed").getString("partNumber"));
        assertFalse(row.containsKey("toShip"), "ships as listed: no second copy of the part");
        assertFalse(row.containsKey("chain"), "nothing superseded it");
        assertTrue(row.getBoolean("available"));
        assertTrue(compact.body().length() < api.get(lookup).body().length() * 2 / 3, compact::toString);
        assertNotEquals(api.get(lookup).header("ETag"), compact.header("ETag"), "another answer, another tag");
        assertBadRequestNaming("compact", api.get(lookup + "?compact=maybe"));
    }

    @Test
    void refusesAPartChangeWithABadValueNamingTheField() {
        assertBadRequestNaming("listPrice", admin.put("/api/v1/parts/" + door + "/price", "{\"listPrice\":-1}"));
        assertBadRequestNaming("stockOnHand", admin.put("/api/v1/parts/" + door + "/stock", "{\"stockOnHand\":-3}"));
        assertBadRequestNaming("lifecycle", admin.put("/api/v1/parts/" + door + "/lifecycle", "{}"));
        assertEquals(
                403,
                api.as(Api.ALICE)
                        .put("/api/v1/parts/" + door + "/price", "{\"listPrice\":0.01}")
                        .status(),
                "only administrators change prices");
        assertEquals(
                new BigDecimal("9.90"),
                listed(api.get(lookup)).getJsonNumber("listPrice").bigDecimalValue(),
                "nothing refused reached the catalog");
    }

    private static void changed(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
    }

    /** The answer is a 200 with a tag other than the one the client held; returns the new tag. */
    private static String newTag(Api.Reply reply, String previous) {
        assertEquals(200, reply.status(), () -> "a change must not answer 304: " + reply);
        String tag = reply.header("ETag");
        assertNotNull(tag);
        assertNotEquals(previous, tag, "a changed answer has a new ETag");
        return tag;
    }

    private static JsonObject row(Api.Reply reply) {
        assertEquals(1, reply.array().size(), reply::toString);
        return reply.array().getJsonObject(0);
    }

    private static JsonObject listed(Api.Reply reply) {
        return row(reply).getJsonObject("listed");
    }
}

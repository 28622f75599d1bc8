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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two admins editing one part or model: a change sent with {@code If-Match} and the ETag of what the client read
 * is saved only while that is still what the catalog holds; otherwise it is a 412 and nothing changes, so no
 * admin silently undoes another's change. Without If-Match a change applies to whatever is current, as before.
 * (The pages always send what they showed: AdminCatalogPagesIT.)
 */
class CatalogEditConflictsIT extends SystemTest {

    Api api;
    Api admin;
    CatalogFixtures catalog;
    String part;
    String other;

    @BeforeEach
    void aPart() {
        api = Api.at(base);
        admin = api.as(Api.ADMIN);
        catalog = new CatalogFixtures(api);
        part = catalog.part("EDIT", "9.90", 5, "ACTIVE");
        other = catalog.part("EDIT2", "12.00", 2, "ACTIVE");
    }

    @Test
    void aPartChangeWithTheTagItWasReadWithIsSavedAndAStaleTagIsRefusedAndChangesNothing() {
        String read = tagOf("/api/v1/parts/" + part);

        Api.Reply repriced = admin.putIfMatch("/api/v1/parts/" + part + "/price", "{\"listPrice\":10.50}", read);
        assertEquals(200, repriced.status(), repriced::toString);

        // a second admin still holding the first read
        for (Api.Reply stale : new Api.Reply[] {
            admin.putIfMatch("/api/v1/parts/" + part + "/stock", "{\"stockOnHand\":0}", read),
            admin.putIfMatch("/api/v1/parts/" + part + "/lifecycle", "{\"lifecycle\":\"DISCONTINUED\"}", read),
            admin.putIfMatch(
                    "/api/v1/parts/" + part + "/supersession",
                    "{\"supersededBy\":\"" + other + "\",\"interchangeability\":\"ONE_WAY\"}",
                    read)
        }) {
            assertEquals(412, stale.status(), stale::toString);
            assertTrue(stale.isProblem(), stale::toString);
            assertTrue(stale.json().getString("type").endsWith(":precondition-failed"), stale::toString);
            assertTrue(
                    stale.json().getString("detail").contains("part " + part + " changed since you read it"),
                    stale::toString);
            assertFalse(stale.body().contains("Exception"), stale.body());
        }
        JsonObject now = api.get("/api/v1/parts/" + part).json();
        assertEquals("10.50", now.getJsonNumber("listPrice").bigDecimalValue().toPlainString());
        assertEquals(5, now.getInt("stockOnHand"), "the stale stock count changed nothing");
        assertEquals("ACTIVE", now.getString("lifecycle"));
        assertFalse(now.containsKey("supersededBy"), now::toString);

        String fresh = tagOf("/api/v1/parts/" + part);
        assertNotEquals(read, fresh, "the change gave the part a new tag");
        Api.Reply counted = admin.putIfMatch("/api/v1/parts/" + part + "/stock", "{\"stockOnHand\":0}", fresh);
        assertEquals(200, counted.status(), counted::toString);
        assertEquals(0, counted.json().getInt("stockOnHand"));
    }

    @Test
    void withoutIfMatchAChangeAppliesToWhateverIsCurrent() {
        assertEquals(
                200,
                admin.put("/api/v1/parts/" + part + "/price", "{\"listPrice\":11.00}")
                        .status());
        Api.Reply counted = admin.put("/api/v1/parts/" + part + "/stock", "{\"stockOnHand\":9}");

        assertEquals(200, counted.status(), counted::toString);
        assertEquals(9, counted.json().getInt("stockOnHand"));
        assertEquals(
                "11.00",
                counted.json().getJsonNumber("listPrice").bigDecimalValue().toPlainString());
    }

    @Test
    void aModelIsChangedOnlyAsItWasRead() {
        String successor = catalog.model("NEXT");
        String model = catalog.model("EDIT");
        String path = "/api/v1/models/" + model;
        String read = tagOf(path);

        Api.Reply dated = admin.putIfMatch(
                path + "/lifecycle", "{\"launchedOn\":\"2020-01-01\",\"discontinuedOn\":\"2026-06-30\"}", read);
        assertEquals(200, dated.status(), dated::toString);

        Api.Reply staleSuccessor =
                admin.putIfMatch(path + "/successor", "{\"successorCode\":\"" + successor + "\"}", read);
        assertEquals(412, staleSuccessor.status(), staleSuccessor::toString);
        assertTrue(staleSuccessor.json().getString("detail").contains("model " + model + " changed since you read it"));
        assertFalse(api.get(path).json().containsKey("successorCode"), "the stale change was not saved");

        String fresh = tagOf(path);
        Api.Reply succeeded = admin.putIfMatch(path + "/successor", "{\"successorCode\":\"" + successor + "\"}", fresh);
        assertEquals(200, succeeded.status(), succeeded::toString);
        assertEquals(successor, succeeded.json().getString("successorCode"));

        Api.Reply staleDrop = admin.deleteIfMatch(path + "/successor", fresh);
        assertEquals(412, staleDrop.status(), staleDrop::toString);
        assertEquals(successor, api.get(path).json().getString("successorCode"), "still succeeded");
        Api.Reply dropped = admin.deleteIfMatch(path + "/successor", tagOf(path));
        assertEquals(200, dropped.status(), dropped::toString);
        assertFalse(dropped.json().containsKey("successorCode"), dropped::toString);
    }

    @Test
    void aConditionalChangeOfAPartOrModelThatDoesNotExistIsA404() {
        String missing = "P" + Api.unique() + "-NONE";
        Api.Reply part = admin.putIfMatch("/api/v1/parts/" + missing + "/stock", "{\"stockOnHand\":1}", "\"x\"");
        Api.Reply model = admin.deleteIfMatch("/api/v1/models/T" + Api.unique() + "-NONE/successor", "\"x\"");

        for (Api.Reply r : new Api.Reply[] {part, model}) {
            assertEquals(404, r.status(), r::toString);
            assertTrue(r.isProblem(), r::toString);
        }
    }

    @Test
    void aModelAnswerIsTaggedAndRevalidates() {
        String model = catalog.model("TAG");
        String tag = tagOf("/api/v1/models/" + model);

        Api.Reply unchanged = api.getIfNoneMatch("/api/v1/models/" + model, tag);
        assertEquals(304, unchanged.status(), unchanged::toString);
    }

    private String tagOf(String path) {
        Api.Reply read = api.get(path);
        assertEquals(200, read.status(), read::toString);
        String tag = read.header("ETag");
        assertNotNull(tag, "tagged: " + read);
        return tag;
    }
}

package com.partsbridge.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog over its REST API, on the real EAR: fit lookups, supersession, lifecycle queries. */
class CatalogApiIT extends SystemTest {

    Api api;
    CatalogFixtures catalog;
    String remote;
    String doorA;
    String doorB;
    String universalDoor;

    /** A remote whose revision A and B units take different doors, both superseded by a universal door. */
    @BeforeEach
    void remoteWithTwoRevisions() {
        api = Api.at(base);
        catalog = new CatalogFixtures(api);
        remote = catalog.model("880");
        doorA = catalog.part("DA", "9.90", 0, "DISCONTINUED");
        doorB = catalog.part("DB", "9.90", 2, "LAST_TIME_BUY");
        universalDoor = catalog.part("DU", "11.50", 10, "ACTIVE");
        catalog.fit(remote, doorA, "A0000", "A4999", "battery door");
        catalog.fit(remote, doorB, "B0000", "B4999", "battery door");
        catalog.supersede(doorA, universalDoor, "ONE_WAY");
        catalog.supersede(doorB, universalDoor, "TWO_WAY");
    }

    @Test
    void offersTheSupersedingPartWhenTheListedPartIsDiscontinued() {
        Api.Reply reply = api.get("/api/v1/models/" + remote + "/units/A0042/parts");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.array().size(), reply::toString);
        JsonObject door = reply.array().getJsonObject(0);
        assertEquals("battery door", door.getString("position"));
        assertEquals(doorA, door.getJsonObject("listed").getString("partNumber"));
        assertEquals(universalDoor, door.getJsonObject("toShip").getString("partNumber"));
        assertEquals(2, door.getJsonArray("chain").size());
    }

    @Test
    void listsOnlyThePartsOfTheUnitsRevision() {
        Api.Reply reply = api.get("/api/v1/models/" + remote + "/units/B0007/parts");

        assertEquals(
                doorB, reply.array().getJsonObject(0).getJsonObject("listed").getString("partNumber"));
        assertEquals(
                0,
                api.get("/api/v1/models/" + remote + "/units/C0001/parts")
                        .array()
                        .size(),
                "a serial outside every range has no parts");
    }

    @Test
    void resolvesAnOldPartNumberToTheNewestOrderablePartThatFitsTheUnit() {
        JsonObject resolution = api.get("/api/v1/parts/" + doorA + "/resolution?model=" + remote + "&serial=B0001")
                .json();

        assertTrue(resolution.getBoolean("fits"));
        assertFalse(resolution.getBoolean("requestedFits"), "a one-way superseded door does not fit revision B");
        assertEquals(universalDoor, resolution.getJsonObject("toShip").getString("partNumber"));
    }

    @Test
    void twoWayInterchangeabilityLetsTheOlderPartFitWhereTheNewerDoes() {
        JsonObject resolution = api.get("/api/v1/parts/" + doorB + "/resolution?model=" + remote + "&serial=A0001")
                .json();

        assertTrue(resolution.getBoolean("requestedFits"));
        assertEquals(universalDoor, resolution.getJsonObject("toShip").getString("partNumber"));
    }

    @Test
    void followsALongChainToItsNewestPart() {
        String second = catalog.part("D2", "12.00", 4, "ACTIVE");
        String third = catalog.part("D3", "13.00", 4, "ACTIVE");
        catalog.supersede(universalDoor, second, "TWO_WAY");
        catalog.supersede(second, third, "ONE_WAY");

        JsonObject resolution = api.get("/api/v1/parts/" + doorA + "/resolution?model=" + remote + "&serial=A0001")
                .json();
        Api.Reply cycle = api.as(Api.ADMIN)
                .put(
                        "/api/v1/parts/" + third + "/supersession",
                        "{\"supersededBy\":\"" + doorA + "\",\"interchangeability\":\"ONE_WAY\"}");

        assertEquals(4, resolution.getJsonArray("chain").size(), resolution::toString);
        assertEquals(third, resolution.getJsonObject("toShip").getString("partNumber"));
        assertEquals(422, cycle.status(), "a cycle through four parts is caught too: " + cycle);
    }

    @Test
    void resolutionSaysSoWhenNoPartOfTheChainFitsTheUnit() {
        String otherModel = catalog.model("OTHER");
        String foreignPart = catalog.part("FX", "5.00", 5, "ACTIVE");
        catalog.fit(otherModel, foreignPart, "A0000", "A9999", "lid");

        JsonObject resolution = api.get(
                        "/api/v1/parts/" + foreignPart + "/resolution?model=" + remote + "&serial=A0001")
                .json();

        assertFalse(resolution.getBoolean("fits"));
        assertFalse(resolution.containsKey("toShip") && !resolution.isNull("toShip"));
    }

    @Test
    void marksAPositionUnavailableWhenNothingInItsChainCanBeOrdered() {
        String cradle = catalog.part("CR", "24.00", 0, "DISCONTINUED");
        catalog.fit(remote, cradle, "A0000", "B4999", "charging cradle");

        JsonObject cradleRow = api.get("/api/v1/models/" + remote + "/units/A0001/parts").array().stream()
                .map(JsonObject.class::cast)
                .filter(row -> row.getString("position").equals("charging cradle"))
                .findFirst()
                .orElseThrow();

        assertFalse(cradleRow.getBoolean("available"));
    }

    @Test
    void rejectsASupersessionThatWouldCloseACycle() {
        Api.Reply reply = api.as(Api.ADMIN)
                .put(
                        "/api/v1/parts/" + universalDoor + "/supersession",
                        "{\"supersededBy\":\"" + doorA + "\",\"interchangeability\":\"ONE_WAY\"}");

        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertEquals("urn:partsbridge:problem:supersession-cycle", reply.json().getString("type"));
    }

    @Test
    void rejectsANegativePriceNamingTheField() {
        Api.Reply reply = api.as(Api.ADMIN)
                .post(
                        "/api/v1/parts",
                        "{\"partNumber\":\"NEG-" + catalog.id
                                + "\",\"description\":\"x\",\"listPrice\":-1,\"stockOnHand\":1}");

        assertBadRequestNaming("listPrice", reply);
    }

    @Test
    void rejectsAModelWithoutANameNamingTheField() {
        Api.Reply reply = api.as(Api.ADMIN)
                .post(
                        "/api/v1/models",
                        "{\"code\":\"N" + catalog.id + "\",\"family\":\"f\",\"launchedOn\":\"2020-01-01\"}");

        assertBadRequestNaming("name", reply);
    }

    @Test
    void rejectsAMalformedSerialNamingTheField() {
        assertBadRequestNaming("serial", api.get("/api/v1/models/" + remote + "/units/%3F%3F/parts"));
    }

    @Test
    void rejectsAReversedSerialRangeNamingTheField() {
        Api.Reply reply = api.as(Api.ADMIN)
                .post(
                        "/api/v1/models/" + remote + "/fitments",
                        "{\"partNumber\":\"" + doorA
                                + "\",\"serialFrom\":\"A9999\",\"serialTo\":\"A0000\",\"position\":\"lid\"}");

        assertBadRequestNaming("serialTo", reply);
    }

    @Test
    void refusesValuesLongerThanTheirColumnsNamingTheField() {
        Api admin = api.as(Api.ADMIN);
        Api.Reply longName = admin.post("/api/v1/models", """
                {"code":"L%s","name":"%s","family":"f","launchedOn":"2020-01-01"}""".formatted(catalog.id, "n".repeat(121)));
        Api.Reply longFamily = admin.post("/api/v1/models", """
                {"code":"L%s","name":"n","family":"%s","launchedOn":"2020-01-01"}""".formatted(catalog.id, "f".repeat(81)));
        Api.Reply longSuccessor = admin.post("/api/v1/models", """
                {"code":"L%s","name":"n","family":"f","launchedOn":"2020-01-01","successorCode":"%s"}""".formatted(catalog.id, "S".repeat(41)));
        Api.Reply longDescription = admin.post("/api/v1/parts", """
                {"partNumber":"L%s","description":"%s","listPrice":1,"stockOnHand":1}""".formatted(catalog.id, "d".repeat(201)));
        Api.Reply longPosition =
                admin.post("/api/v1/models/" + remote + "/fitments", """
                {"partNumber":"%s","serialFrom":"A0000","serialTo":"A0001","position":"%s"}""".formatted(doorA, "p".repeat(81)));
        Api.Reply longSerial =
                admin.post("/api/v1/models/" + remote + "/fitments", """
                {"partNumber":"%s","serialFrom":"%s","serialTo":"A0001","position":"lid"}""".formatted(doorA, "A".repeat(41)));
        Api.Reply longSuperseding =
                admin.put("/api/v1/parts/" + doorA + "/supersession", """
                {"supersededBy":"%s","interchangeability":"ONE_WAY"}""".formatted("P".repeat(41)));

        assertBadRequestNaming("name", longName);
        assertBadRequestNaming("family", longFamily);
        assertBadRequestNaming("successorCode", longSuccessor);
        assertBadRequestNaming("description", longDescription);
        assertBadRequestNaming("position", longPosition);
        assertBadRequestNaming("serialFrom", longSerial);
        assertBadRequestNaming("supersededBy", longSuperseding);
    }

    @Test
    void rejectsAnUnknownCurrencyNamingTheField() {
        Api.Reply reply = api.as(Api.ADMIN)
                .post(
                        "/api/v1/parts",
                        "{\"partNumber\":\"CUR-" + catalog.id
                                + "\",\"description\":\"x\",\"listPrice\":1,\"currency\":\"XYZ\",\"stockOnHand\":1}");

        assertBadRequestNaming("currency", reply);
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        Api.Reply reply = api.as(Api.ADMIN).post("/api/v1/models", "{not json");

        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
    }

    @Test
    void rejectsANonNumericPageNamingTheField() {
        assertBadRequestNaming("size", api.get("/api/v1/models?size=many"));
        assertBadRequestNaming("size", api.get("/api/v1/models?size=100000"));
    }

    @Test
    void answersUnknownModelsAndPartsWith404Problems() {
        Api.Reply model = api.get("/api/v1/models/NO-SUCH-" + catalog.id + "/units/A0001/parts");
        Api.Reply part = api.get("/api/v1/parts/NO-SUCH-" + catalog.id);

        assertEquals(404, model.status());
        assertEquals("urn:partsbridge:problem:model-not-found", model.json().getString("type"));
        assertEquals(404, part.status());
        assertEquals("urn:partsbridge:problem:part-not-found", part.json().getString("type"));
    }

    @Test
    void refusesADuplicateModelCode() {
        Api.Reply reply = api.as(Api.ADMIN)
                .post(
                        "/api/v1/models",
                        "{\"code\":\"" + remote + "\",\"name\":\"n\",\"family\":\"f\",\"launchedOn\":\"2020-01-01\"}");

        assertEquals(409, reply.status(), reply::toString);
    }

    @Test
    void letsOnlyAdministratorsChangeTheCatalog() {
        String body =
                "{\"code\":\"SEC" + catalog.id + "\",\"name\":\"n\",\"family\":\"f\",\"launchedOn\":\"2020-01-01\"}";

        Api.Reply anonymous = api.post("/api/v1/models", body);
        Api.Reply customer = api.as(Api.ALICE).post("/api/v1/models", body);
        Api.Reply wrongPassword = api.as("admin:not-the-password").post("/api/v1/models", body);

        assertEquals(401, anonymous.status(), anonymous::toString);
        assertEquals(403, customer.status(), customer::toString);
        assertEquals(401, wrongPassword.status(), wrongPassword::toString);
    }

    @Test
    void searchesByTextAcrossNumbersDescriptionsAndModelsInPages() {
        // the start of the number and of the model code: H2 searches by prefix, PostgreSQL anywhere (PartSearch)
        Api.Reply firstPage = api.get("/api/v1/parts?q=p" + catalog.id + "&size=2");
        Api.Reply byModel = api.get("/api/v1/parts?q=T" + catalog.id + "-880");
        Api.Reply exact = api.get("/api/v1/parts?q=" + universalDoor.toLowerCase() + "&size=1");

        assertEquals(200, firstPage.status(), firstPage::toString);
        assertEquals(2, firstPage.json().getJsonArray("items").size());
        assertEquals(3, firstPage.json().getJsonNumber("total").intValue());
        assertEquals(2, byModel.json().getJsonNumber("total").intValue(), "the two doors listed for the model");
        assertEquals(
                universalDoor,
                exact.json().getJsonArray("items").getJsonObject(0).getString("partNumber"),
                "an exact part number comes first");
    }

    @Test
    void listsModelsWhosePartsSupportEndsWithinTheWindow() {
        LocalDate today = LocalDate.now();
        String ending = catalog.model(
                "END",
                "2015-01-01",
                today.minusYears(3).toString(),
                today.plusDays(10).toString(),
                null);

        assertTrue(api.get("/api/v1/models/support-ending?withinDays=30&size=200")
                .body()
                .contains(ending));
        assertFalse(api.get("/api/v1/models/support-ending?withinDays=5&size=200")
                .body()
                .contains(ending));
        assertEquals("DISCONTINUED", api.get("/api/v1/models/" + ending).json().getString("lifecycle"));
    }

    // ---- Admin console, catalog (issue 13, item 2): model lifecycle and successor, fitments, the trail ----

    @Test
    void anAdminSetsAModelsLifecycleDatesAndTheTrailKeepsWhoAndWhatBeforeAndAfter() {
        Api admin = api.as(Api.ADMIN);

        Api.Reply saved = admin.put("/api/v1/models/" + remote + "/lifecycle", """
                {"launchedOn":"2019-05-01","discontinuedOn":"2025-06-30","partsSupportUntil":"2032-06-30"}""");

        assertEquals(200, saved.status(), saved::toString);
        assertEquals("2025-06-30", saved.json().getString("discontinuedOn"));
        assertEquals("DISCONTINUED", saved.json().getString("lifecycle"));
        JsonObject model = api.get("/api/v1/models/" + remote).json();
        assertEquals("2019-05-01", model.getString("launchedOn"));
        assertEquals("2032-06-30", model.getString("partsSupportUntil"));
        JsonObject latest = admin.get("/api/v1/models/" + remote + "/changes")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("admin", latest.getString("actor"));
        assertEquals("lifecycle dates", latest.getString("what"));
        assertEquals("launched 2020-01-01, discontinued -, parts until -", latest.getString("before"));
        assertEquals("launched 2019-05-01, discontinued 2025-06-30, parts until 2032-06-30", latest.getString("after"));
    }

    @Test
    void modelDatesThatBreakARuleAre422NamingTheFieldAndChangeNothing() {
        Api admin = api.as(Api.ADMIN);

        Api.Reply early = admin.put("/api/v1/models/" + remote + "/lifecycle", """
                {"launchedOn":"2020-01-01","discontinuedOn":"2019-12-31"}""");
        assertEquals(422, early.status(), early::toString);
        assertEquals("discontinuedOn", firstErrorField(early));

        Api.Reply supportFirst = admin.put("/api/v1/models/" + remote + "/lifecycle", """
                {"launchedOn":"2020-01-01","discontinuedOn":"2025-01-01","partsSupportUntil":"2024-12-31"}""");
        assertEquals(422, supportFirst.status(), supportFirst::toString);
        assertEquals("partsSupportUntil", firstErrorField(supportFirst));

        Api.Reply noLaunch = admin.put("/api/v1/models/" + remote + "/lifecycle", "{}");
        assertEquals(400, noLaunch.status(), noLaunch::toString);
        assertEquals("launchedOn", firstErrorField(noLaunch));

        JsonObject model = api.get("/api/v1/models/" + remote).json();
        assertTrue(absent(model, "discontinuedOn"), model::toString);
        var trail = admin.get("/api/v1/models/" + remote + "/changes").json();
        assertTrue(
                trail.getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .noneMatch(c -> c.getString("what").equals("lifecycle dates")),
                "no refused change is on record: " + trail);
    }

    @Test
    void aSuccessorIsSetAndDroppedAndACycleOfSuccessorsIs422NamingTheField() {
        Api admin = api.as(Api.ADMIN);
        String next = catalog.model("890");

        Api.Reply set = admin.put("/api/v1/models/" + remote + "/successor", """
                {"successorCode":"%s"}""".formatted(next));
        assertEquals(200, set.status(), set::toString);
        assertEquals(next, set.json().getString("successorCode"));

        Api.Reply cycle = admin.put("/api/v1/models/" + next + "/successor", """
                {"successorCode":"%s"}""".formatted(remote));
        assertEquals(422, cycle.status(), cycle::toString);
        assertEquals("urn:partsbridge:problem:successor-cycle", cycle.json().getString("type"));
        assertEquals("successorCode", firstErrorField(cycle));
        assertTrue(absent(api.get("/api/v1/models/" + next).json(), "successorCode"));

        Api.Reply dropped = admin.delete("/api/v1/models/" + remote + "/successor");
        assertEquals(200, dropped.status(), dropped::toString);
        assertTrue(absent(api.get("/api/v1/models/" + remote).json(), "successorCode"));
        assertEquals(
                "successor",
                admin.get("/api/v1/models/" + remote + "/changes")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("what"));
    }

    @Test
    void anAdminListsAndRemovesAFitmentAndTheLookupNoLongerOffersIt() {
        Api admin = api.as(Api.ADMIN);
        var fitments = admin.get("/api/v1/models/" + remote + "/fitments").json();
        assertEquals(2, fitments.getInt("total"), fitments::toString);
        JsonObject revisionB = fitments.getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(f -> f.getString("partNumber").equals(doorB))
                .findFirst()
                .orElseThrow();
        assertEquals("B0000", revisionB.getString("serialFrom"));

        Api.Reply removed = admin.delete("/api/v1/models/" + remote + "/fitments/" + revisionB.getJsonNumber("id"));

        assertEquals(204, removed.status(), removed::toString);
        assertEquals(
                0,
                api.get("/api/v1/models/" + remote + "/units/B0007/parts")
                        .array()
                        .size());
        assertEquals(
                404,
                admin.delete("/api/v1/models/" + remote + "/fitments/" + revisionB.getJsonNumber("id"))
                        .status());
        JsonObject latest = admin.get("/api/v1/models/" + remote + "/changes")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("fitment removed", latest.getString("what"));
        assertTrue(latest.getString("before").startsWith(doorB + " at battery door"), latest::toString);
    }

    @Test
    void aFitmentOfAnotherModelIsNotFoundAndCustomersAndRepsAreRefusedTheAdminCalls() {
        String other = catalog.model("OTHER");
        long id = api.as(Api.ADMIN)
                .get("/api/v1/models/" + remote + "/fitments")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                404,
                api.as(Api.ADMIN)
                        .delete("/api/v1/models/" + other + "/fitments/" + id)
                        .status());

        for (String who : new String[] {Api.ALICE, Api.REP}) {
            Api as = api.as(who);
            assertEquals(
                    403,
                    as.delete("/api/v1/models/" + remote + "/fitments/" + id).status(),
                    who);
            assertEquals(
                    403, as.put("/api/v1/models/" + remote + "/lifecycle", """
                    {"launchedOn":"2020-01-01"}""").status(), who);
            assertEquals(
                    403,
                    as.put("/api/v1/models/" + remote + "/successor", """
                    {"successorCode":"%s"}""".formatted(other))
                            .status(),
                    who);
            assertEquals(403, as.get("/api/v1/models/" + remote + "/changes").status(), who);
            assertEquals(403, as.get("/api/v1/parts/" + doorA + "/changes").status(), who);
        }
        assertEquals(401, api.get("/api/v1/models/" + remote + "/fitments").status());
        assertEquals(
                2,
                api.as(Api.ADMIN)
                        .get("/api/v1/models/" + remote + "/fitments")
                        .json()
                        .getInt("total"));
    }

    @Test
    void aPartsTrailRecordsPriceStockLifecycleAndSupersessionWithTheCycleRefusedBesideItsField() {
        Api admin = api.as(Api.ADMIN);
        assertEquals(
                200, admin.put("/api/v1/parts/" + universalDoor + "/price", """
                {"listPrice":12.40}""").status());
        assertEquals(
                200, admin.put("/api/v1/parts/" + universalDoor + "/stock", """
                {"stockOnHand":3}""").status());
        assertEquals(
                200,
                admin.put("/api/v1/parts/" + universalDoor + "/lifecycle", """
                {"lifecycle":"LAST_TIME_BUY"}""").status());

        Api.Reply cycle = admin.put("/api/v1/parts/" + universalDoor + "/supersession", """
                {"supersededBy":"%s","interchangeability":"ONE_WAY"}""".formatted(doorA));
        assertEquals(422, cycle.status(), cycle::toString);
        assertEquals("supersededBy", firstErrorField(cycle));

        var items =
                admin.get("/api/v1/parts/" + universalDoor + "/changes").json().getJsonArray("items");
        assertEquals("lifecycle", items.getJsonObject(0).getString("what"));
        assertEquals("LAST_TIME_BUY", items.getJsonObject(0).getString("after"));
        assertEquals("stock on hand", items.getJsonObject(1).getString("what"));
        assertEquals("10", items.getJsonObject(1).getString("before"));
        assertEquals("list price", items.getJsonObject(2).getString("what"));
        assertEquals("11.50 EUR", items.getJsonObject(2).getString("before"));
        assertEquals("12.40 EUR", items.getJsonObject(2).getString("after"));
        assertEquals("added", items.getJsonObject(3).getString("what"));
        assertEquals(4, items.size(), "the refused supersession left no trace");
        assertEquals(
                "superseded by",
                admin.get("/api/v1/parts/" + doorA + "/changes")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("what"));
    }

    @Test
    void modelsAreSearchedByCodeOrName() {
        JsonObject found =
                api.get("/api/v1/models?q=" + catalog.id.toLowerCase()).json();
        assertEquals(1, found.getInt("total"), found::toString);
        assertEquals(remote, found.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals(
                0,
                api.get("/api/v1/models?q=" + catalog.id + "%25nothing").json().getInt("total"));
    }

    private static String firstErrorField(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** JSON-B leaves out a member whose value is null. */
    private static boolean absent(JsonObject json, String member) {
        return !json.containsKey(member) || json.isNull(member);
    }
}

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
        Api.Reply firstPage = api.get("/api/v1/parts?q=" + catalog.id + "&size=2");
        Api.Reply byModel = api.get("/api/v1/parts?q=T" + catalog.id + "-880");

        assertEquals(200, firstPage.status(), firstPage::toString);
        assertEquals(2, firstPage.json().getJsonArray("items").size());
        assertEquals(3, firstPage.json().getJsonNumber("total").intValue());
        assertEquals(2, byModel.json().getJsonNumber("total").intValue(), "the two doors listed for the model");
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
}

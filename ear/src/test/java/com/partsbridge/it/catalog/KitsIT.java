package com.partsbridge.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.RmaCalls;
import com.partsbridge.it.support.Screenshots;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Kits (1:N supersession) on the real EAR: a discontinued door replaced by a new door and two hinge pins that
 * ship together; defined over the admin API, resolved, offered, requested, approved, scanned part by part at
 * the shipment gate and received back as the old door.
 */
class KitsIT extends SystemTest {

    Api api;
    RmaCalls rmas;
    CatalogFixtures catalog;
    String remote;
    String oldDoor;
    String newDoor;
    String pin;
    String hinge;

    @BeforeEach
    void aRemoteWhoseDoorIsReplacedByADoorAndTwoPins() {
        api = Api.at(base);
        rmas = new RmaCalls(api);
        catalog = new CatalogFixtures(api);
        remote = catalog.model("KIT");
        oldDoor = catalog.part("DOOR1", "30.00", 0, "DISCONTINUED");
        newDoor = catalog.part("DOOR2", "20.00", 7, "ACTIVE");
        pin = catalog.part("PIN", "1.50", 9, "ACTIVE");
        hinge = catalog.part("HG", "2.40", 50, "ACTIVE");
        catalog.fit(remote, oldDoor, "A0000", "A9999", "battery door");
        catalog.fit(remote, hinge, "A0000", "A9999", "hinge");
    }

    private Api.Reply defineKit(String old, String json) {
        return api.as(Api.ADMIN).put("/api/v1/parts/" + old + "/supersession", json);
    }

    private Api.Reply doorKit() {
        return defineKit(oldDoor, """
                {"interchangeability":"ONE_WAY","kit":[{"partNumber":"%s","quantity":1},{"partNumber":"%s","quantity":2}]}""".formatted(newDoor, pin));
    }

    private String kitLabel() {
        return newDoor + " + 2 × " + pin;
    }

    @Test
    void anOldPartResolvesToItsKitWithTheKitsStockAndTotalPrice() {
        Api.Reply defined = doorKit();
        assertEquals(200, defined.status(), defined::toString);
        JsonObject kit = defined.json().getJsonObject("supersededByKit");
        assertEquals(kitLabel(), kit.getString("label"));
        assertEquals(
                new BigDecimal("23.00"),
                kit.getJsonNumber("listPrice").bigDecimalValue().setScale(2));
        assertEquals(4, kit.getInt("stockOnHand"), "9 pins at 2 per kit make 4 kits");

        JsonObject resolution = api.get("/api/v1/parts/" + oldDoor + "/resolution?model=" + remote + "&serial=A0001")
                .json();
        assertTrue(!resolution.containsKey("toShip") || resolution.isNull("toShip"), resolution::toString);
        assertEquals(kitLabel(), resolution.getJsonObject("kit").getString("label"));

        JsonObject door = api.get("/api/v1/models/" + remote + "/units/A0001/parts").array().stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("position").equals("battery door"))
                .findFirst()
                .orElseThrow();
        assertTrue(door.getBoolean("available"), door::toString);
        assertEquals(kitLabel(), door.getJsonObject("kit").getString("label"));
        assertEquals(
                kitLabel(),
                door.getJsonObject("listed").getJsonObject("supersededByKit").getString("label"),
                "the listed part says what replaced it");

        JsonObject found = api.get("/api/v1/parts?q=" + oldDoor)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(oldDoor, found.getString("partNumber"), "an exact number first");
        assertEquals(kitLabel(), found.getJsonObject("supersededByKit").getString("label"), "search shows the kit");

        String changes =
                api.as(Api.ADMIN).get("/api/v1/parts/" + oldDoor + "/changes").body();
        assertTrue(changes.contains("kit " + kitLabel()), "the kit is on the catalog's change log: " + changes);
    }

    @Test
    void theTransitionOptionsAndTheCustomersLookupShowTheKit() {
        assertEquals(200, doorKit().status());

        JsonObject option = api
                .as(Api.ALICE)
                .get("/api/v1/transitions?model=" + remote + "&serial=A0001&position=battery%20door")
                .array()
                .stream()
                .map(JsonObject.class::cast)
                .filter(o -> o.getString("kind").equals("SUPERSEDING_PART"))
                .findFirst()
                .orElseThrow();
        assertEquals(kitLabel(), option.getString("partNumber"));
        assertEquals(
                new BigDecimal("23.00"),
                option.getJsonNumber("price").bigDecimalValue().setScale(2));

        String page = api.get("/parts.xhtml?model=" + remote + "&serial=A0001").body();
        assertTrue(page.contains("Replaced by a kit: " + newDoor + " + 2 × " + pin), page);
    }

    @Test
    void refusesAPartialKitAndACycleNamingTheField() {
        Api.Reply ofOne = defineKit(oldDoor, """
                {"interchangeability":"ONE_WAY","kit":[{"partNumber":"%s","quantity":1}]}""".formatted(newDoor));
        Api.Reply unknown = defineKit(oldDoor, """
                {"interchangeability":"ONE_WAY","kit":[{"partNumber":"%s","quantity":1},{"partNumber":"NO-SUCH-PART-%s","quantity":1}]}""".formatted(newDoor, catalog.id));
        Api.Reply memberMissing = defineKit(oldDoor, """
                {"interchangeability":"ONE_WAY","kit":[{"partNumber":"%s","quantity":1},{"quantity":1}]}""".formatted(newDoor));
        assertEquals(400, ofOne.status(), ofOne::toString);
        assertEquals("kit", field(ofOne), ofOne::toString);
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("kit[1].partNumber", field(unknown), unknown::toString);
        assertEquals(400, memberMissing.status(), memberMissing::toString);
        assertEquals("partNumber", field(memberMissing), "Bean Validation names the member's field");

        assertEquals(200, doorKit().status());
        Api.Reply cycle = defineKit(pin, """
                {"interchangeability":"ONE_WAY","supersededBy":"%s"}""".formatted(oldDoor));
        assertEquals(422, cycle.status(), cycle::toString);
        assertEquals("urn:partsbridge:problem:supersession-cycle", cycle.json().getString("type"));
        assertEquals("supersededBy", field(cycle));
    }

    @Test
    void anRmaForTheOldPartShipsTheKitScannedPartByPartAndTakesTheOldPartBack() {
        assertEquals(200, doorKit().status());
        long unit = unitOf(Api.ALICE);
        JsonObject rma = rmas.request(Api.ALICE, unit, oldDoor);
        JsonObject line = rma.getJsonArray("lines").getJsonObject(0);
        assertEquals(kitLabel(), line.getString("approvedPart"), rma::toString);
        assertEquals(
                new BigDecimal("23.00"),
                line.getJsonNumber("unitPrice").bigDecimalValue().setScale(2),
                "out of warranty, the kit's total");
        assertEquals(
                List.of(newDoor, pin),
                line.getJsonArray("kit").stream()
                        .map(k -> ((JsonObject) k).getString("partNumber"))
                        .toList());

        rma = rmas.done(rma, "verification", null);
        rma = rmas.done(rma, "approval", "\"returnRequired\":true");
        long caught = caught();

        Api.Reply pinMissing = rmas.act(rma, "shipment", "\"scannedParts\":[\"" + newDoor + "\"]");
        assertEquals(422, pinMissing.status(), pinMissing::toString);
        assertEquals(
                "urn:partsbridge:problem:wrong-part-scanned", pinMissing.json().getString("type"));
        assertTrue(pinMissing.json().getString("detail").contains(pin + " not scanned"), pinMissing::toString);
        rma = rmaAsRep(rma);
        assertEquals("APPROVED", rma.getString("state"), "nothing shipped");

        Api.Reply foreign = rmas.act(rma, "shipment", "\"scannedParts\":[\"" + newDoor + "\",\"" + hinge + "\"]");
        assertEquals(422, foreign.status(), foreign::toString);
        assertEquals(caught + 2, caught(), "both catches are on record at the shipment gate");
        rma = rmaAsRep(rma);

        rma = rmas.done(rma, "shipment", "\"scannedParts\":[\"" + pin + "\",\"" + newDoor.toLowerCase() + "\"]");
        assertEquals("SHIPPED", rma.getString("state"));
        rma = rmas.done(rma, "delivery", null);
        rma = rmas.done(rma, "return-receipt", "\"partNumber\":\"" + oldDoor + "\"");
        assertEquals("RETURN_RECEIVED", rma.getString("state"), "the old door comes back for the kit");
    }

    @Test
    void aKitRefundedInsteadOfShippedPaysTheListPriceOfAllItsPartsOnce() {
        assertEquals(200, doorKit().status());
        long unit = unitOf(Api.ALICE);
        JsonObject rma = rmas.request(Api.ALICE, unit, oldDoor);
        rma = rmas.done(rma, "verification", null);
        rma = rmas.done(rma, "approval", "\"resolution\":\"REFUND\"");

        assertEquals("CLOSED", rma.getString("state"), "nothing ships");
        JsonObject line = rma.getJsonArray("lines").getJsonObject(0);
        assertEquals("REFUND", line.getString("settlement"));
        assertEquals(
                new BigDecimal("23.00"),
                line.getJsonNumber("settledAmount").bigDecimalValue().setScale(2),
                "the new door and two pins at list price");
    }

    @Test
    void anAdminSetsTheKitOnThePartPageAndARepScansItsPartsOneByOne() {
        try (Browser admin = Browser.open(base)) {
            admin.signIn(
                    "admin",
                    "admin-demo-pw",
                    URLEncoder.encode("/admin/part.xhtml?number=" + oldDoor, StandardCharsets.UTF_8));
            admin.type("kit:part0", newDoor).submit("kit:save-kit");
            String ofOne = admin.find(By.id("kit:part0-message")).getText();
            assertTrue(ofOne.contains("two or more"), "a kit of one is refused beside its field: " + ofOne);
            assertEquals(
                    List.of(),
                    Axe.check(admin.driver()).stream()
                            .filter(Axe.Violation::seriousOrCritical)
                            .toList(),
                    "axe on the part page with the kit refused");

            admin.type("kit:part0", newDoor)
                    .type("kit:qty0", "1")
                    .type("kit:part1", pin)
                    .type("kit:qty1", "2")
                    .submit("kit:save-kit");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("ul.messages"), "replaced by a kit"));
            String chain = admin.find(By.id("chain")).getText();
            assertTrue(chain.contains("replaced by a kit: " + kitLabel()), chain);
            assertTrue(admin.find(By.id("changes")).getText().contains("kit " + kitLabel()));
            ((JavascriptExecutor) admin.driver())
                    .executeScript("document.getElementById('kit-title').scrollIntoView()");
            Screenshots.save(admin, "admin-catalog-kit");
            admin.atWidth(390);
            admin.find(By.id("kit:save-kit"));
            assertEquals(0, admin.horizontalOverflow(), "the kit form does not scroll sideways at 390 px");
        }

        JsonObject rma = rmas.request(Api.ALICE, unitOf(Api.ALICE), oldDoor);
        rma = rmas.done(rmas.done(rma, "verification", null), "approval", null);
        try (Browser rita = Browser.open(base)) {
            rita.signIn(
                    "rita",
                    "rep-demo-pw",
                    URLEncoder.encode("/rep/rma.xhtml?number=" + rma.getString("number"), StandardCharsets.UTF_8));
            assertTrue(rita.find(By.id("scan:part-hint")).getText().contains(newDoor), rita.text());
            rita.type("scan:part", newDoor).submit("scan:ship");
            new WebDriverWait(rita.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan:part-hint"), pin));
            rita.type("scan:part", pin).submit("scan:ship");
            new WebDriverWait(rita.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBe(By.id("state"), "Shipped"));
            assertTrue(rita.find(By.id("lines")).getText().contains(kitLabel()));
        }
    }

    private long unitOf(String customer) {
        Api.Reply r = api.as(customer).post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"A%04d","purchasedOn":"2020-06-01","proofOfPurchase":"receipt"}""".formatted(remote, (int) (Math.random() * 10000)));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private JsonObject rmaAsRep(JsonObject rma) {
        return api.as(Api.REP).get("/api/v1/rmas/" + rma.getString("number")).json();
    }

    private long caught() {
        return api.as(Api.REP).get("/api/v1/rmas/wrong-part-rates").json().getJsonArray("gates").stream()
                .map(JsonObject.class::cast)
                .filter(g -> g.getString("gate").equals("SHIPMENT"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("caught")
                .longValue();
    }

    /** The first field a 400 or 422 problem names. */
    private static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}

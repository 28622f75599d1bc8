package com.partsbridge.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Admins create a revision's diagram, upload its drawing and map hotspots; what is served back is sanitised. */
class DiagramsApiIT extends SystemTest {

    static final String SVG = "image/svg+xml";

    /** A drawing with the usual attacks in it, around a lid that is honest. */
    static final String HOSTILE_DRAWING = """
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100"
                 onload="alert('onload')">
              <script>alert('script')</script>
              <a xlink:href="javascript:alert('href')"><text x="5" y="20">click me</text></a>
              <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
              <rect id="lid" x="10" y="10" width="80" height="40" fill="#ccc" style="stroke: url(https://evil.example/x)"/>
            </svg>""";

    /** A model with a lid and a hinge for serials A0000 to A9999; returns its code. */
    private String modelWithLidAndHinge(CatalogFixtures catalog) {
        String model = catalog.model("DGM");
        catalog.fit(model, catalog.part("LID", "5.00", 5, "ACTIVE"), "A0000", "A9999", "lid");
        catalog.fit(model, catalog.part("HNG", "1.00", 5, "ACTIVE"), "A0000", "A9999", "hinge");
        return model;
    }

    private static long create(Api admin, String model, String from, String to) {
        Api.Reply r = admin.post("/api/v1/diagrams", """
                {"modelCode":"%s","serialFrom":"%s","serialTo":"%s","label":"Revision A"}""".formatted(model, from, to));
        assertEquals(201, r.status(), r::toString);
        assertTrue(
                r.location()
                        .endsWith("/api/v1/diagrams/"
                                + r.json().getJsonNumber("id").longValue()),
                r.location());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void servesBackOnlyTheSanitisedDrawing() {
        Api admin = Api.at(base).as(Api.ADMIN);
        String model = modelWithLidAndHinge(new CatalogFixtures(Api.at(base)));
        long id = create(admin, model, "A0000", "A9999");

        Api.Reply uploaded =
                admin.put("/api/v1/diagrams/" + id + "/svg", SVG, HOSTILE_DRAWING.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, uploaded.status(), uploaded::toString);
        assertTrue(uploaded.json().getBoolean("drawn"), uploaded::toString);
        assertEquals("0 0 200 100", uploaded.json().getString("viewBox"));
        assertEquals("admin", uploaded.json().getString("changedBy"));

        Api.Reply served = admin.getAccepting("/api/v1/diagrams/" + id + "/svg", SVG);
        assertEquals(200, served.status(), served::toString);
        assertTrue(served.contentType().startsWith(SVG), served.contentType());
        String markup = served.body();
        for (String gone :
                new String[] {"<script", "onload", "javascript:", "foreignObject", "evil.example", "alert"}) {
            assertFalse(markup.contains(gone), gone + " is gone: " + markup);
        }
        assertTrue(
                markup.contains("<rect id=\"dg-lid\" x=\"10\" y=\"10\" width=\"80\" height=\"40\" fill=\"#ccc\""),
                markup);
        assertTrue(served.header("Content-Security-Policy").contains("script-src 'self'"), "served with the policy");
    }

    @Test
    void refusesWhatIsNotSvgAndWhatIsTooLarge() {
        Api admin = Api.at(base).as(Api.ADMIN);
        String model = modelWithLidAndHinge(new CatalogFixtures(Api.at(base)));
        long id = create(admin, model, "A0000", "A9999");
        String path = "/api/v1/diagrams/" + id + "/svg";

        assertBadRequestNaming(
                "svg", admin.put(path, SVG, "%PDF-1.7 a PDF, not a drawing".getBytes(StandardCharsets.UTF_8)));
        assertBadRequestNaming(
                "svg", admin.put(path, SVG, "<html><body>not svg</body></html>".getBytes(StandardCharsets.UTF_8)));
        Api.Reply json = admin.put(path, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, json.status(), json::toString);
        assertTrue(json.isProblem(), json::toString);

        byte[] big = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><desc>" + "x".repeat(300 * 1024)
                        + "</desc></svg>")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply tooLarge = admin.put(path, SVG, big);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.isProblem(), tooLarge::toString);

        byte[] justUnder = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><desc>"
                        + "x".repeat(200 * 1024) + "</desc></svg>")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply accepted = admin.put(path, SVG, justUnder);
        assertEquals(
                200, accepted.status(), "200 KiB is under the 256 KiB limit (the API's own 64 KiB does not apply)");
    }

    @Test
    void hotspotsNameTheModelsPositionsAndLieInsideTheDrawing() {
        Api admin = Api.at(base).as(Api.ADMIN);
        String model = modelWithLidAndHinge(new CatalogFixtures(Api.at(base)));
        long id = create(admin, model, "A0000", "A9999");
        String hotspots = "/api/v1/diagrams/" + id + "/hotspots";

        Api.Reply beforeDrawing = admin.put(hotspots, """
                {"hotspots":[{"position":"lid","x":10,"y":10,"width":80,"height":40}]}""");
        assertBadRequestNaming("hotspots", beforeDrawing);

        admin.put("/api/v1/diagrams/" + id + "/svg", SVG, HOSTILE_DRAWING.getBytes(StandardCharsets.UTF_8));
        Api.Reply unknown = admin.put(hotspots, """
                {"hotspots":[{"position":"lid","x":10,"y":10,"width":80,"height":40},
                             {"position":"battery door","x":100,"y":10,"width":20,"height":20}]}""");
        assertBadRequestNaming("hotspots[1].position", unknown);
        assertTrue(unknown.body().contains("their positions are hinge, lid"), unknown::toString);

        assertBadRequestNaming("hotspots[0].x", admin.put(hotspots, """
                {"hotspots":[{"position":"lid","x":190,"y":10,"width":80,"height":40}]}"""));
        assertBadRequestNaming("width", admin.put(hotspots, """
                {"hotspots":[{"position":"lid","x":10,"y":10,"width":0,"height":40}]}"""));
        assertBadRequestNaming("x", admin.put(hotspots, """
                {"hotspots":[{"position":"lid","x":"ten","y":10,"width":10,"height":40}]}"""));

        Api.Reply mapped = admin.put(hotspots, """
                {"hotspots":[{"position":"LID","x":10,"y":10,"width":80,"height":40,"label":"Top lid"},
                             {"position":"hinge","shape":"CIRCLE","x":150,"y":50,"width":30}]}""");
        assertEquals(200, mapped.status(), mapped::toString);
        JsonObject diagram = admin.get("/api/v1/diagrams/" + id).json();
        var spots = diagram.getJsonArray("hotspots");
        assertEquals(2, spots.size(), diagram::toString);
        assertEquals("lid", spots.getJsonObject(0).getString("position"), "the catalog's spelling is kept");
        assertEquals("Top lid", spots.getJsonObject(0).getString("label"));
        assertEquals("CIRCLE", spots.getJsonObject(1).getString("shape"));
    }

    @Test
    void rangesOfAModelDoNotOverlapAndADeletedDiagramIsGone() {
        Api admin = Api.at(base).as(Api.ADMIN);
        String model = modelWithLidAndHinge(new CatalogFixtures(Api.at(base)));
        long id = create(admin, model, "A0000", "A4999");
        Api.Reply overlapping = admin.post("/api/v1/diagrams", """
                {"modelCode":"%s","serialFrom":"A4000","serialTo":"A9999","label":"Revision B"}""".formatted(model));
        assertEquals(409, overlapping.status(), overlapping::toString);
        assertTrue(overlapping.isProblem(), overlapping::toString);
        assertBadRequestNaming("modelCode", admin.post("/api/v1/diagrams", """
                {"modelCode":"NO-SUCH-MODEL-X","serialFrom":"A0000","serialTo":"A9999","label":"Revision A"}"""));
        assertBadRequestNaming("label", admin.post("/api/v1/diagrams", """
                {"modelCode":"%s","serialFrom":"A5000","serialTo":"A9999","label":" "}""".formatted(model)));

        Api.Reply listed = admin.get("/api/v1/diagrams?model=" + model);
        assertEquals(1, listed.json().getJsonNumber("total").intValue(), listed::toString);

        assertEquals(204, admin.delete("/api/v1/diagrams/" + id).status());
        assertEquals(404, admin.get("/api/v1/diagrams/" + id).status());
        create(admin, model, "A4000", "A9999"); // the range is free again
    }

    @Test
    void onlyAdminsChangeOrReadDiagramsThroughTheApi() {
        Api api = Api.at(base);
        String model = modelWithLidAndHinge(new CatalogFixtures(api));
        long id = create(api.as(Api.ADMIN), model, "A0000", "A9999");
        String body = """
                {"modelCode":"%s","serialFrom":"B0000","serialTo":"B9999","label":"Revision B"}""".formatted(model);

        for (String who : new String[] {Api.ALICE, Api.REP}) {
            Api as = api.as(who);
            assertEquals(403, as.post("/api/v1/diagrams", body).status(), who);
            assertEquals(
                    403,
                    as.put("/api/v1/diagrams/" + id + "/svg", SVG, HOSTILE_DRAWING.getBytes(StandardCharsets.UTF_8))
                            .status(),
                    who);
            assertEquals(
                    403,
                    as.put("/api/v1/diagrams/" + id + "/hotspots", "{\"hotspots\":[]}")
                            .status(),
                    who);
            assertEquals(403, as.delete("/api/v1/diagrams/" + id).status(), who);
            Api.Reply read = as.get("/api/v1/diagrams/" + id);
            assertEquals(403, read.status(), who);
            assertTrue(read.isProblem(), read::toString);
        }
        assertEquals(401, api.post("/api/v1/diagrams", body).status());
        assertEquals(200, api.as(Api.ADMIN).get("/api/v1/diagrams/" + id).status(), "still there");
    }
}

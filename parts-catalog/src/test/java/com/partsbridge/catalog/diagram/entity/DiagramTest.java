package com.partsbridge.catalog.diagram.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private static Diagram revisionA() {
        ProductModel model =
                new ProductModel("HARMONY-880", "Harmony 880", "Harmony remotes", LocalDate.of(2019, 3, 1));
        return new Diagram(model, "h880a00000", "H880A99999", " Revision A ", "admin", NOW);
    }

    private static Hotspot door(int x, int y) {
        return new Hotspot("battery door", HotspotShape.RECT, x, y, 100, 150, null);
    }

    @Test
    void coversTheSerialsOfItsRangeOnly() {
        Diagram d = revisionA();
        assertEquals("Revision A", d.label());
        assertTrue(d.covers("H880A01234"));
        assertTrue(!d.covers("H880B04321") && !d.covers("H880A0123"));
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        ProductModel model =
                new ProductModel("HARMONY-880", "Harmony 880", "Harmony remotes", LocalDate.of(2019, 3, 1));
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> new Diagram(model, "H880B00000", "H880A99999", "B", "admin", NOW));
        assertEquals("serialTo", e.field());
    }

    @Test
    void placesHotspotsOnlyOnADrawingAndInsideIt() {
        Diagram d = revisionA();
        assertEquals(
                "hotspots",
                assertThrows(InvalidInputException.class, () -> d.mapHotspots(List.of(door(0, 0)), "admin", NOW))
                        .field());
        d.draw("<svg/>", new ViewBox(0, 0, 640, 420), "admin", NOW);
        assertEquals(
                "hotspots[1].x",
                assertThrows(
                                InvalidInputException.class,
                                () -> d.mapHotspots(List.of(door(10, 10), door(600, 10)), "admin", NOW))
                        .field());
        assertEquals(
                "hotspots[1].position",
                assertThrows(
                                InvalidInputException.class,
                                () -> d.mapHotspots(List.of(door(10, 10), door(200, 10)), "admin", NOW))
                        .field(),
                "one hotspot per position");
        DiagramEvent event = d.mapHotspots(List.of(door(385, 185)), "rita", NOW);
        assertEquals(DiagramEvent.Action.HOTSPOTS_SET, event.action());
        assertEquals("rita", event.actor());
        assertEquals(1, d.hotspots().size());
    }

    @Test
    void aSmallerNewDrawingDropsTheHotspotsThatNoLongerFitAndSaysSo() {
        Diagram d = revisionA();
        d.draw("<svg/>", new ViewBox(0, 0, 640, 420), "admin", NOW);
        d.mapHotspots(
                List.of(door(10, 10), new Hotspot("screen", HotspotShape.CIRCLE, 500, 300, 80, 0, "Screen")),
                "admin",
                NOW);
        DiagramEvent event = d.draw("<svg/>", new ViewBox(0, 0, 320, 210), "admin", NOW);
        assertEquals(
                List.of("battery door"),
                d.hotspots().stream().map(Hotspot::position).toList());
        assertTrue(event.detail().contains("1 hotspot(s) outside it dropped"), event.detail());
        assertEquals(DiagramEvent.Action.DRAWING_REPLACED, event.action());
    }
}

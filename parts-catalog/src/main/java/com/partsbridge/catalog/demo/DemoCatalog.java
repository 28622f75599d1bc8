package com.partsbridge.catalog.demo;

import com.partsbridge.catalog.diagram.boundary.Diagrams;
import com.partsbridge.catalog.diagram.boundary.HotspotMap;
import com.partsbridge.catalog.diagram.boundary.NewDiagram;
import com.partsbridge.catalog.diagram.boundary.NewHotspot;
import com.partsbridge.catalog.diagram.entity.HotspotShape;
import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.NewFitment;
import com.partsbridge.catalog.model.boundary.NewModel;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.catalog.part.boundary.NewPart;
import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.catalog.part.boundary.Supersession;
import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.kernel.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo story, loaded into an empty catalog unless {@code partsbridge.demo-data=false}: the Harmony 880
 * remote is discontinued and comes in revisions A and B (serials H880A..., H880B...) that take different
 * hinges; its revision-A battery door is superseded by a universal door; its charging cradle is gone for
 * good; its successor is the Harmony 950. The Harmony 700's parts support ends within weeks.
 */
@Singleton
@Startup
@DependsOn("CatalogSchema")
public class DemoCatalog {

    public static final String HARMONY_880 = "HARMONY-880";
    public static final String HARMONY_950 = "HARMONY-950";
    public static final String REV_A_SERIAL = "H880A01234";
    public static final String REV_B_SERIAL = "H880B04321";

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class.getName());

    @Inject
    @ConfigProperty(name = "partsbridge.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    ProductModels models;

    @Inject
    Parts parts;

    @Inject
    Fitments fitments;

    @Inject
    Diagrams diagrams;

    @PostConstruct
    void load() {
        if (!enabled || models.list(PageRequest.first(1)).total() > 0) {
            return;
        }
        LocalDate today = LocalDate.now();
        models.register(new NewModel(
                HARMONY_950, "Harmony 950 remote", "Harmony remotes", LocalDate.of(2024, 4, 1), null, null, null));
        models.register(new NewModel(
                HARMONY_880,
                "Harmony 880 remote",
                "Harmony remotes",
                LocalDate.of(2019, 3, 1),
                LocalDate.of(2024, 6, 30),
                LocalDate.of(2031, 6, 30),
                HARMONY_950));
        models.register(new NewModel(
                "HARMONY-700",
                "Harmony 700 remote",
                "Harmony remotes",
                LocalDate.of(2012, 9, 1),
                LocalDate.of(2018, 12, 31),
                today.plusDays(39),
                HARMONY_880));

        part("BD-880-A", "Battery door, revision A hinge", "9.90", 0, PartLifecycle.DISCONTINUED);
        part("BD-880-B", "Battery door, revision B hinge", "9.90", 3, PartLifecycle.LAST_TIME_BUY);
        part("BD-880-U", "Battery door, universal hinge", "11.50", 40, PartLifecycle.ACTIVE);
        parts.supersede("BD-880-A", Supersession.byOnePart("BD-880-U", Interchangeability.ONE_WAY), null);
        parts.supersede("BD-880-B", Supersession.byOnePart("BD-880-U", Interchangeability.TWO_WAY), null);
        part("HG-880-A", "Door hinge pin, revision A", "2.40", 120, PartLifecycle.ACTIVE);
        part("HG-880-B", "Door hinge pin, revision B", "2.60", 85, PartLifecycle.ACTIVE);
        part("SC-880", "Touch screen assembly", "39.00", 12, PartLifecycle.ACTIVE);
        part("CR-880", "Charging cradle", "24.00", 0, PartLifecycle.DISCONTINUED);
        part("BD-950", "Battery door", "12.00", 60, PartLifecycle.ACTIVE);
        part("CR-950", "Charging cradle", "29.00", 25, PartLifecycle.ACTIVE);
        part("BT-700", "Battery pack", "19.00", 4, PartLifecycle.LAST_TIME_BUY);

        fit(HARMONY_880, "BD-880-A", "H880A00000", "H880A99999", "battery door");
        fit(HARMONY_880, "BD-880-B", "H880B00000", "H880B99999", "battery door");
        fit(HARMONY_880, "HG-880-A", "H880A00000", "H880A99999", "battery door hinge");
        fit(HARMONY_880, "HG-880-B", "H880B00000", "H880B99999", "battery door hinge");
        fit(HARMONY_880, "SC-880", "H880A00000", "H880B99999", "screen");
        fit(HARMONY_880, "CR-880", "H880A00000", "H880B99999", "charging cradle");
        fit(HARMONY_950, "BD-950", "H950A00000", "H950Z99999", "battery door");
        fit(HARMONY_950, "CR-950", "H950A00000", "H950Z99999", "charging cradle");
        fit("HARMONY-700", "BT-700", "H700A00000", "H700Z99999", "battery");
        // hand-drawn exploded views: revision B's hinge is a clip pin under the door, A's a straight pin above it
        diagram(
                "harmony-880-rev-a.svg",
                "H880A00000",
                "H880A99999",
                "Revision A",
                spot("battery door hinge", 385, 138, 100, 46));
        diagram(
                "harmony-880-rev-b.svg",
                "H880B00000",
                "H880B99999",
                "Revision B",
                spot("battery door hinge", 385, 336, 100, 48));
        LOG.info("demo catalog loaded");
    }

    private void part(String number, String description, String price, int stock, PartLifecycle lifecycle) {
        parts.register(new NewPart(number, description, new BigDecimal(price), "EUR", stock, lifecycle));
    }

    private void diagram(String file, String from, String to, String label, NewHotspot hinge) {
        var diagram = diagrams.upload(new NewDiagram(HARMONY_880, from, to, label), resource(file), "system");
        diagrams.mapHotspots(
                diagram.id(),
                new HotspotMap(List.of(
                        spot("screen", 45, 50, 100, 126),
                        spot("battery door", 385, 185, 100, 149),
                        hinge,
                        spot("charging cradle", 505, 285, 130, 115))),
                "system");
    }

    private static NewHotspot spot(String position, int x, int y, int width, int height) {
        return new NewHotspot(position, HotspotShape.RECT, x, y, width, height, null);
    }

    private static byte[] resource(String file) {
        try (InputStream in = DemoCatalog.class.getResourceAsStream("/demo/diagrams/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fit(String model, String part, String from, String to, String position) {
        fitments.add(model, new NewFitment(part, from, to, position));
    }
}

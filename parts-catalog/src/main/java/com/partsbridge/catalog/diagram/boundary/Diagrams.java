package com.partsbridge.catalog.diagram.boundary;

import com.partsbridge.catalog.diagram.control.SvgSanitizer;
import com.partsbridge.catalog.diagram.entity.Diagram;
import com.partsbridge.catalog.diagram.entity.Hotspot;
import com.partsbridge.catalog.diagram.entity.HotspotShape;
import com.partsbridge.catalog.diagram.entity.ViewBox;
import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.entity.SerialNumber;
import com.partsbridge.catalog.model.control.ModelRepository;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.kernel.TooLargeException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exploded diagrams of model revisions: admins create one for a model's serial range, upload its drawing (SVG
 * only, size-limited, sanitised before it is stored) and map hotspots to the positions the model has parts
 * for; the fit page shows the diagram whose range holds the customer's serial. Every change is audited.
 */
@Stateless
public class Diagrams {

    public static final String MAX_BYTES = "partsbridge.diagram.max-bytes";
    public static final int DEFAULT_MAX_BYTES = 256 * 1024;

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    ModelRepository models;

    @Inject
    Fitments fitments;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = MAX_BYTES, defaultValue = "262144")
    int maxBytes;

    public DiagramView create(@Valid @NotNull NewDiagram request, String actor) {
        return DiagramView.of(newDiagram(modelNamedIn(request), request, actor));
    }

    private Diagram newDiagram(ProductModel model, NewDiagram request, String actor) {
        Diagram diagram = new Diagram(model, request.serialFrom(), request.serialTo(), request.label(), actor, now());
        refuseOverlap(diagram);
        em.persist(diagram);
        em.persist(diagram.created(actor, now()));
        return diagram;
    }

    /** Uploads (or replaces) the drawing: read up to the limit, sanitised, then stored. */
    public DiagramView draw(long id, InputStream svg, String actor) {
        Diagram diagram = require(id);
        drawOn(diagram, readAtMostLimit(svg), actor);
        return DiagramView.of(diagram);
    }

    /**
     * The admin page's one step: the diagram for exactly this range (created when there is none) gets the
     * drawing and the label.
     */
    public DiagramView upload(@Valid @NotNull NewDiagram request, byte[] svg, String actor) {
        ProductModel model = modelNamedIn(request);
        checkSize(svg == null ? 0 : svg.length);
        Diagram diagram = sameRange(model, request).orElse(null);
        if (diagram == null) {
            diagram = newDiagram(model, request, actor);
        } else {
            diagram.relabel(request.label());
        }
        drawOn(diagram, svg, actor);
        return DiagramView.of(diagram);
    }

    private void drawOn(Diagram diagram, byte[] svg, String actor) {
        SvgSanitizer.Clean clean = SvgSanitizer.sanitize(svg);
        em.persist(diagram.draw(clean.markup(), clean.viewBox(), actor, now()));
    }

    /** Replaces the hotspots; each names a position the model has parts for in the diagram's range. */
    public DiagramView mapHotspots(long id, @Valid @NotNull HotspotMap map, String actor) {
        Diagram diagram = require(id);
        List<String> positions = fitments.positionsIn(diagram.model().code(), diagram.serialFrom(), diagram.serialTo());
        List<Hotspot> hotspots = new ArrayList<>();
        for (int i = 0; i < map.hotspots().size(); i++) {
            NewHotspot h = map.hotspots().get(i);
            String field = "hotspots[" + i + "]";
            String position = positions.stream()
                    .filter(p -> p.equalsIgnoreCase(h.position().trim()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            field + ".position",
                            diagram.model().code() + " serials " + diagram.serialFrom() + " to " + diagram.serialTo()
                                    + " have no parts at position '"
                                    + h.position().trim() + "'; their positions are "
                                    + String.join(", ", positions)));
            HotspotShape shape = h.shape() == null ? HotspotShape.RECT : h.shape();
            if (shape == HotspotShape.RECT && h.height() == null) {
                throw new InvalidInputException(field + ".height", "a rectangle's height is required");
            }
            hotspots.add(new Hotspot(
                    position, shape, h.x(), h.y(), h.width(), h.height() == null ? 0 : h.height(), h.label()));
        }
        em.persist(diagram.mapHotspots(hotspots, actor, now()));
        return DiagramView.of(diagram);
    }

    /** The positions a diagram's hotspots may name: those its model has parts for in its serial range. */
    public List<String> positionsFor(long id) {
        Diagram diagram = require(id);
        return fitments.positionsIn(diagram.model().code(), diagram.serialFrom(), diagram.serialTo());
    }

    public DiagramView byId(long id) {
        return DiagramView.of(require(id));
    }

    /** The sanitised drawing; a diagram without one yet is a 404. */
    public String drawing(long id) {
        return require(id)
                .markup()
                .orElseThrow(() -> new NotFoundException("diagram-not-drawn", "diagram " + id + " has no drawing yet"));
    }

    /** A model's diagrams, by range. */
    public Page<DiagramView> ofModel(String modelCode, PageRequest page) {
        ProductModel model = models.require(modelCode);
        List<Diagram> items = em.createQuery(
                        "select d from Diagram d where d.model = :model order by d.serialFrom, d.id", Diagram.class)
                .setParameter("model", model)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(d) from Diagram d where d.model = :model", Long.class)
                .setParameter("model", model)
                .getSingleResult();
        return Page.of(items, page, total).map(DiagramView::of);
    }

    public void delete(long id, String actor) {
        Diagram diagram = require(id);
        em.persist(diagram.deleted(actor, now()));
        em.remove(diagram);
    }

    /** The drawn diagram whose range holds this unit's serial, if there is one. */
    public Optional<UnitDiagram> forUnit(String modelCode, String serial) {
        String normalized = SerialNumber.normalize(serial);
        return em.createQuery("""
                        select d from Diagram d
                        where d.model.code = :code and d.serialFrom <= :serial and d.serialTo >= :serial
                          and length(d.serialFrom) = :width and d.svg is not null
                        order by d.serialFrom""", Diagram.class)
                .setParameter("code", ProductModel.normalizeCode(modelCode))
                .setParameter("serial", normalized)
                .setParameter("width", normalized.length())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(d -> new UnitDiagram(
                        d.id(),
                        d.label(),
                        d.box().map(ViewBox::text).orElseThrow(),
                        d.markup().orElseThrow(),
                        d.hotspots().stream().map(HotspotView::of).toList()));
    }

    /** Two diagrams for one serial would leave the fit page to guess: ranges of a model do not overlap. */
    private void refuseOverlap(Diagram diagram) {
        List<Diagram> overlapping = em.createQuery("""
                        select d from Diagram d
                        where d.model = :model and d.serialFrom <= :to and d.serialTo >= :from
                          and length(d.serialFrom) = :width""", Diagram.class)
                .setParameter("model", diagram.model())
                .setParameter("from", diagram.serialFrom())
                .setParameter("to", diagram.serialTo())
                .setParameter("width", diagram.serialFrom().length())
                .getResultList();
        if (!overlapping.isEmpty()) {
            Diagram other = overlapping.get(0);
            throw new ConflictException(
                    "diagram-range-overlaps",
                    "serials " + diagram.serialFrom() + " to " + diagram.serialTo() + " overlap diagram " + other.id()
                            + " (" + other.label() + ", " + other.serialFrom() + " to " + other.serialTo()
                            + "); replace that one's drawing or delete it first");
        }
    }

    /** A model named in a request body that is not in the catalog is that field's fault, not a missing page. */
    private ProductModel modelNamedIn(NewDiagram request) {
        String code = ProductModel.normalizeCode(request.modelCode());
        return models.byCode(code)
                .orElseThrow(() -> new InvalidInputException("modelCode", "the catalog has no model " + code));
    }

    private Optional<Diagram> sameRange(ProductModel model, NewDiagram request) {
        String from = SerialNumber.normalize("serialFrom", request.serialFrom());
        String to = SerialNumber.normalize("serialTo", request.serialTo());
        return em.createQuery(
                        "select d from Diagram d where d.model = :model and d.serialFrom = :from and d.serialTo = :to",
                        Diagram.class)
                .setParameter("model", model)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .findFirst();
    }

    private Diagram require(long id) {
        Diagram diagram = em.find(Diagram.class, id);
        if (diagram == null) {
            throw new NotFoundException("diagram-not-found", "no diagram " + id);
        }
        return diagram;
    }

    /** Reads one byte past the limit at most, so an oversized upload is refused without reading it all. */
    private byte[] readAtMostLimit(InputStream svg) {
        if (svg == null) {
            throw new InvalidInputException("svg", "the drawing is empty: upload an SVG file");
        }
        try {
            byte[] read = svg.readNBytes(maxBytes + 1);
            checkSize(read.length);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkSize(int bytes) {
        if (bytes > maxBytes) {
            throw new TooLargeException(
                    "diagram-too-large", "a drawing is at most " + maxBytes / 1024 + " KiB (" + maxBytes + " bytes)");
        }
    }

    public int maxBytes() {
        return maxBytes;
    }

    private Instant now() {
        return clock.instant();
    }
}

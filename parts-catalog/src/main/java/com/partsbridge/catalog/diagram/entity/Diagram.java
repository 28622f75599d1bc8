package com.partsbridge.catalog.diagram.entity;

import com.partsbridge.catalog.fitment.entity.SerialRange;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exploded drawing of one revision of a model: the model's units whose serials lie in a range (the catalog
 * knows revisions only as serial ranges, e.g. HARMONY-880 revision A is H880A00000 to H880A99999), with hotspots
 * that stand for the unit's positions. The drawing is kept sanitised: only markup safe to inline in a page.
 */
@Entity
@Table(name = "cat_diagram")
public class Diagram {

    @Id
    @SequenceGenerator(name = "cat_diagram_seq", sequenceName = "cat_diagram_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cat_diagram_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    private ProductModel model;

    @Column(name = "serial_from", nullable = false, length = 40)
    private String serialFrom;

    @Column(name = "serial_to", nullable = false, length = 40)
    private String serialTo;

    @Column(name = "label", nullable = false, length = 80)
    private String label;

    /** The sanitised SVG markup, UTF-8; null until a drawing is uploaded. */
    @Column(name = "svg")
    private byte[] svg;

    @Column(name = "view_box", length = 80)
    private String viewBox;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cat_diagram_hotspot", joinColumns = @JoinColumn(name = "diagram_id"))
    @OrderColumn(name = "ordinal")
    private List<Hotspot> hotspots = new ArrayList<>();

    @Column(name = "changed_by", nullable = false, length = 80)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Diagram() {
        // for JPA
    }

    public Diagram(ProductModel model, String serialFrom, String serialTo, String label, String actor, Instant at) {
        this.model = model;
        this.changedBy = actor == null || actor.isBlank() ? "system" : actor;
        this.changedAt = at;
        SerialRange range = new SerialRange(serialFrom, serialTo);
        this.serialFrom = range.from();
        this.serialTo = range.to();
        relabel(label);
    }

    /** Recorded once the diagram has its id (after it is persisted). */
    public DiagramEvent created(String actor, Instant at) {
        return audit(DiagramEvent.Action.CREATED, actor, at, label + ", serials " + serialFrom + " to " + serialTo);
    }

    public void relabel(String label) {
        if (label == null || label.isBlank()) {
            throw new InvalidInputException("label", "a label is required, e.g. Revision A");
        }
        this.label = label.trim();
    }

    /**
     * A new drawing (already sanitised). Hotspots stay when they still lie inside the new drawing's box; those
     * that do not are dropped, and the audit says how many.
     */
    public DiagramEvent draw(String markup, ViewBox box, String actor, Instant at) {
        this.svg = markup.getBytes(StandardCharsets.UTF_8);
        this.viewBox = box.text();
        List<Hotspot> inside = hotspots.stream().filter(h -> fits(h, box)).toList();
        int dropped = hotspots.size() - inside.size();
        hotspots.clear();
        hotspots.addAll(inside);
        return audit(
                DiagramEvent.Action.DRAWING_REPLACED,
                actor,
                at,
                svg.length + " bytes, viewBox " + viewBox
                        + (dropped == 0 ? "" : "; " + dropped + " hotspot(s) outside it dropped"));
    }

    /**
     * Replaces the hotspots. Each must lie inside the drawing (so it needs a drawing first), and a position has
     * one hotspot: a second would give two links to the same row.
     */
    public DiagramEvent mapHotspots(List<Hotspot> mapped, String actor, Instant at) {
        ViewBox box = box().orElseThrow(() ->
                new InvalidInputException("hotspots", "upload the drawing before placing hotspots on it"));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            Hotspot h = mapped.get(i);
            if (!fits(h, box)) {
                throw new InvalidInputException(
                        "hotspots[" + i + "].x",
                        "the hotspot for " + h.position() + " lies outside the drawing (viewBox " + box.text() + ")");
            }
            if (seen.contains(h.position())) {
                throw new InvalidInputException(
                        "hotspots[" + i + "].position", "the drawing already has a hotspot for " + h.position());
            }
            seen.add(h.position());
        }
        hotspots.clear();
        hotspots.addAll(mapped);
        return audit(DiagramEvent.Action.HOTSPOTS_SET, actor, at, "positions " + String.join(", ", seen));
    }

    public DiagramEvent deleted(String actor, Instant at) {
        return audit(DiagramEvent.Action.DELETED, actor, at, label + ", serials " + serialFrom + " to " + serialTo);
    }

    private static boolean fits(Hotspot h, ViewBox box) {
        return h.shape() == HotspotShape.CIRCLE
                ? box.contains(h.x() - h.width() / 2.0, h.y() - h.width() / 2.0)
                        && box.contains(h.x() + h.width() / 2.0, h.y() + h.width() / 2.0)
                : box.contains(h.x(), h.y()) && box.contains(h.x() + h.width(), h.y() + h.height());
    }

    /** The one place a change is recorded: who, when, what. */
    private DiagramEvent audit(DiagramEvent.Action action, String actor, Instant at, String detail) {
        this.changedBy = actor == null || actor.isBlank() ? "system" : actor;
        this.changedAt = at;
        return new DiagramEvent(this, action, changedBy, at, detail);
    }

    public boolean covers(String serial) {
        return SerialRange.covers(serialFrom, serialTo, serial);
    }

    public Long id() {
        return id;
    }

    public ProductModel model() {
        return model;
    }

    public String serialFrom() {
        return serialFrom;
    }

    public String serialTo() {
        return serialTo;
    }

    public String label() {
        return label;
    }

    public Optional<String> markup() {
        return svg == null ? Optional.empty() : Optional.of(new String(svg, StandardCharsets.UTF_8));
    }

    public int drawingBytes() {
        return svg == null ? 0 : svg.length;
    }

    public Optional<ViewBox> box() {
        return viewBox == null ? Optional.empty() : ViewBox.parse(viewBox);
    }

    public List<Hotspot> hotspots() {
        return List.copyOf(hotspots);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}

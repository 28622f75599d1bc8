package com.partsbridge.catalog.diagram.entity;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * An area of a diagram that stands for one position of the unit (e.g. "battery door"), in the drawing's own
 * coordinates. A value: a diagram's hotspots are replaced as a whole.
 */
@Embeddable
public class Hotspot {

    @Column(name = "unit_position", nullable = false, length = 80)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "shape", nullable = false, length = 10)
    private HotspotShape shape;

    @Column(name = "x", nullable = false)
    private int x;

    @Column(name = "y", nullable = false)
    private int y;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "label", length = 80)
    private String label;

    protected Hotspot() {
        // for JPA
    }

    public Hotspot(String position, HotspotShape shape, int x, int y, int width, int height, String label) {
        if (position == null || position.isBlank()) {
            throw new InvalidInputException("position", "a hotspot names a position, e.g. battery door");
        }
        if (width <= 0 || (shape == HotspotShape.RECT && height <= 0)) {
            throw new InvalidInputException(
                    width <= 0 ? "width" : "height", "a hotspot has a width and a height above zero");
        }
        this.position = position.trim();
        this.shape = shape == null ? HotspotShape.RECT : shape;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = this.shape == HotspotShape.CIRCLE ? width : height;
        this.label = label == null || label.isBlank() ? null : label.trim();
    }

    public String position() {
        return position;
    }

    public HotspotShape shape() {
        return shape;
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The hotspot's own words, or the position when it has none. */
    public String label() {
        return label == null ? position : label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hotspot h
                && position.equals(h.position)
                && shape == h.shape
                && x == h.x
                && y == h.y
                && width == h.width
                && height == h.height
                && Objects.equals(label, h.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, shape, x, y, width, height, label);
    }
}

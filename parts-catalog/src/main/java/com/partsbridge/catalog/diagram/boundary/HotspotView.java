package com.partsbridge.catalog.diagram.boundary;

import com.partsbridge.catalog.diagram.entity.Hotspot;
import com.partsbridge.catalog.diagram.entity.HotspotShape;
import java.io.Serializable;

/** A hotspot as clients see it; for a circle, x, y is the centre and width the diameter. */
public record HotspotView(String position, HotspotShape shape, int x, int y, int width, int height, String label)
        implements Serializable {

    static HotspotView of(Hotspot h) {
        return new HotspotView(h.position(), h.shape(), h.x(), h.y(), h.width(), h.height(), h.label());
    }

    public boolean circle() {
        return shape == HotspotShape.CIRCLE;
    }

    public double radius() {
        return width / 2.0;
    }
}

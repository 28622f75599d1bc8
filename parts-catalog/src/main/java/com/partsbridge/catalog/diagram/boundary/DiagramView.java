package com.partsbridge.catalog.diagram.boundary;

import com.partsbridge.catalog.diagram.entity.Diagram;
import com.partsbridge.catalog.diagram.entity.ViewBox;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A diagram without its drawing: which units it is for, the size of the drawing, its hotspots, who changed it. */
public record DiagramView(
        long id,
        String modelCode,
        String serialFrom,
        String serialTo,
        String label,
        boolean drawn,
        int drawingBytes,
        String viewBox,
        List<HotspotView> hotspots,
        String changedBy,
        Instant changedAt,
        long version)
        implements Serializable {

    static DiagramView of(Diagram d) {
        return new DiagramView(
                d.id(),
                d.model().code(),
                d.serialFrom(),
                d.serialTo(),
                d.label(),
                d.markup().isPresent(),
                d.drawingBytes(),
                d.box().map(ViewBox::text).orElse(null),
                d.hotspots().stream().map(HotspotView::of).toList(),
                d.changedBy(),
                d.changedAt(),
                d.version());
    }
}

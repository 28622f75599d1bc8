package com.partsbridge.catalog.diagram.boundary;

import java.util.List;

/**
 * The diagram of one unit's revision, ready to inline: {@code markup} is the sanitised SVG (a complete
 * {@code <svg>} element scaled by its viewBox), the hotspots are in the same coordinates.
 */
public record UnitDiagram(long id, String label, String viewBox, String markup, List<HotspotView> hotspots) {}

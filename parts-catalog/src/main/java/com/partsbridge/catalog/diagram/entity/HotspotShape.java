package com.partsbridge.catalog.diagram.entity;

/** How a hotspot outlines its position on the drawing. */
public enum HotspotShape {
    /** x, y is the top-left corner; width and height the size. */
    RECT,
    /** x, y is the centre; width is the diameter (height is ignored). */
    CIRCLE
}

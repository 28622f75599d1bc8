package com.partsbridge.catalog.part.entity;

/** How a part and the part that supersedes it may stand in for each other. */
public enum Interchangeability {
    /** The new part fits units built for the old one, and the old one fits units built for the new. */
    TWO_WAY,
    /** The new part fits units built for the old one; the old one does not fit units built for the new. */
    ONE_WAY
}

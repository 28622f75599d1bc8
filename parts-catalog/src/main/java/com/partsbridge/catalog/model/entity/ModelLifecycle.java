package com.partsbridge.catalog.model.entity;

/** Where a product model stands on a given day. */
public enum ModelLifecycle {
    /** Still sold. */
    ACTIVE,
    /** No longer sold; the maker still promises parts. */
    DISCONTINUED,
    /** Past the date until which the maker promised parts. */
    PARTS_SUPPORT_ENDED
}

package com.partsbridge.catalog.part.entity;

/** Where a part stands in production. */
public enum PartLifecycle {
    ACTIVE,
    /** Last chance to order before production stops; what is left in stock is all there will be. */
    LAST_TIME_BUY,
    DISCONTINUED
}

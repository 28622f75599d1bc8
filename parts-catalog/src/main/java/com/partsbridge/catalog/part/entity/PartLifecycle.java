package com.partsbridge.catalog.part.entity;

/** Where a part stands in production. */
public enum PartLifecycle {
    ACTIVE,
    /** Last chance to order before production stops; what is left in stock is all there will be. */
    LAST_TIME_BUY,
    DISCONTINUED;

    /** Whether a part in this stage can be shipped now or soon: active parts can be back-ordered, others only from stock. */
    public boolean isOrderable(int stockOnHand) {
        return this == ACTIVE || stockOnHand > 0;
    }
}

package com.partsbridge.rma.recovery.entity;

/** What we give back, applied to the account without the customer asking. */
public enum ConcessionKind {
    STORE_CREDIT,
    FREE_EXPEDITED_SHIPPING,
    /** Paid back to the customer's original payment: a refund resolution instead of a shipment. */
    REFUND
}

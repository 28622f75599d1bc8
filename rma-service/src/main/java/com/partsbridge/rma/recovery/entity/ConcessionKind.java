package com.partsbridge.rma.recovery.entity;

/** What we give back, applied to the account without the customer asking. */
public enum ConcessionKind {
    STORE_CREDIT,
    FREE_EXPEDITED_SHIPPING
}

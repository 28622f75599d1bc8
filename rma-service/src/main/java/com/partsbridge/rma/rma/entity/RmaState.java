package com.partsbridge.rma.rma.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an RMA stands, and the only moves from each state. SHIPPED and DELIVERED may go back to APPROVED
 * when a shipment failed (lost, or the wrong part arrived) and a replacement must ship. APPROVED closes without
 * a shipment when the resolution is a refund or store credit; RETURN_EXPECTED closes without the return when an
 * advance replacement's old part never came back (charged or written off).
 */
public enum RmaState {
    REQUESTED,
    VERIFIED,
    APPROVED,
    SHIPPED,
    DELIVERED,
    RETURN_EXPECTED,
    RETURN_RECEIVED,
    CLOSED,
    REJECTED,
    CANCELLED;

    private static final Map<RmaState, Set<RmaState>> NEXT = Map.of(
            REQUESTED, EnumSet.of(VERIFIED, REJECTED, CANCELLED),
            VERIFIED, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.of(SHIPPED, CANCELLED, CLOSED),
            SHIPPED, EnumSet.of(DELIVERED, APPROVED),
            DELIVERED, EnumSet.of(CLOSED, RETURN_EXPECTED, APPROVED),
            RETURN_EXPECTED, EnumSet.of(RETURN_RECEIVED, CLOSED),
            RETURN_RECEIVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(RmaState.class),
            REJECTED, EnumSet.noneOf(RmaState.class),
            CANCELLED, EnumSet.noneOf(RmaState.class));

    public boolean canMoveTo(RmaState next) {
        return NEXT.get(this).contains(next);
    }

    /** The part has left us (and may have come back): a failed delivery can be reported, no more approval. */
    public boolean hasShipped() {
        return this == SHIPPED
                || this == DELIVERED
                || this == RETURN_EXPECTED
                || this == RETURN_RECEIVED
                || this == CLOSED;
    }

    /** A case is open until it is closed, rejected or cancelled. */
    public boolean isOpen() {
        return !NEXT.get(this).isEmpty();
    }
}

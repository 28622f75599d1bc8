package com.partsbridge.rma.recovery.entity;

/**
 * What a notice is about: the faults of ours that the customer hears about from us first, and the money of a
 * resolution ({@link #RESOLUTION}: a refund, store credit, charge or write-off) with the warning before an
 * advance replacement's charge ({@link #RETURN_OVERDUE}), which use the same notices and mail outbox.
 */
public enum FaultKind {
    WRONG_PART_DELIVERED,
    LATE_SHIPMENT,
    LOST_SHIPMENT,
    ESCALATION,
    INCIDENT,
    RESOLUTION,
    RETURN_OVERDUE
}

package com.partsbridge.rma.recovery.entity;

/** The faults of ours that the customer hears about from us first. */
public enum FaultKind {
    WRONG_PART_DELIVERED,
    LATE_SHIPMENT,
    LOST_SHIPMENT,
    ESCALATION,
    INCIDENT
}

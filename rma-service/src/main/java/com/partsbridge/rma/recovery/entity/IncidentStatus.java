package com.partsbridge.rma.recovery.entity;

/**
 * Where an incident stands. Staff declare incidents CONFIRMED (they are told at once); detection PROPOSES
 * them, and staff (or the auto-confirm delay) confirm or dismiss them. Only a confirmation tells customers.
 */
public enum IncidentStatus {
    PROPOSED,
    CONFIRMED,
    DISMISSED
}

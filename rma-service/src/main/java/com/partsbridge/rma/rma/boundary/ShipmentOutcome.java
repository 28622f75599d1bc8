package com.partsbridge.rma.rma.boundary;

/**
 * The answer to a shipment scan. A refused shipment is not an error to roll back: the catch, the failed
 * fulfilment it counts as and any escalation it causes are kept.
 */
public record ShipmentOutcome(boolean shipped, String detail, RmaView rma) {}

package com.partsbridge.rma.rma.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every few minutes, finds shipments that broke their promised date (see {@link Rmas#flagLateShipments()}).
 * A timer is an entry point like a resource, so it is a boundary and calls the use case, never the reverse.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LateShipmentWatch {

    @Inject
    Rmas rmas;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void watch() {
        rmas.flagLateShipments();
    }
}

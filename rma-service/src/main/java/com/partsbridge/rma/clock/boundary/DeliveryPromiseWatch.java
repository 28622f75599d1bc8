package com.partsbridge.rma.clock.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every few minutes, one round of the working-day clock (see {@link DeliveryPromises#check()}). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryPromiseWatch {

    @Inject
    DeliveryPromises promises;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void watch() {
        promises.check();
    }
}

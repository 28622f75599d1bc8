package com.partsbridge.rma.rma.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every few minutes, one round of overdue advance-replacement returns (see {@link AdvanceReturns#check()}). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdvanceReturnWatch {

    @Inject
    AdvanceReturns returns;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void watch() {
        returns.check();
    }
}

package com.partsbridge.rma.casework.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every minute, overdue cases climb the ladder. A timer is an entry point, so it is a boundary. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseLadderWatch {

    @Inject
    CaseLadder ladder;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void watch() {
        ladder.climbOverdue();
    }
}

package com.partsbridge.rma.rma.control;

import com.partsbridge.rma.rma.boundary.WrongPartCaught;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.GateCheck;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes every gate check in a transaction of its own: a caught wrong part refuses the action (and rolls
 * it back), but the catch itself must stay on record for the wrong-part rate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GateLog {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    Event<WrongPartCaught> caught;

    @Inject
    Clock clock;

    public void passed(String rmaNumber, long unitId, Gate gate, String expected, String actual, String actor) {
        em.persist(new GateCheck(rmaNumber, unitId, gate, true, expected, actual, Instant.now(clock), actor));
    }

    public void caught(String rmaNumber, long unitId, Gate gate, String expected, String actual, String actor) {
        em.persist(new GateCheck(rmaNumber, unitId, gate, false, expected, actual, Instant.now(clock), actor));
        caught.fire(new WrongPartCaught(rmaNumber, unitId, gate, expected, actual));
    }
}

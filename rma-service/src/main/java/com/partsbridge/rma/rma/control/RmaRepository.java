package com.partsbridge.rma.rma.control;

import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.rma.rma.entity.Rma;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds RMAs by their public number, with the unit and customer every caller needs. */
@Dependent
public class RmaRepository {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    public Rma require(String number) {
        return em.createQuery(
                        "select r from Rma r join fetch r.unit join fetch r.customer where r.number = :number",
                        Rma.class)
                .setParameter("number", number == null ? "" : number.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("rma-not-found", "no RMA " + number));
    }

    /**
     * The serial or lot we last shipped of {@code part} into {@code unitId}, by an RMA other than {@code
     * exceptRmaId}: the code the old part should carry when it comes back.
     */
    public Optional<String> lastSerialShippedInto(long unitId, String part, long exceptRmaId) {
        return em.createQuery("""
                        select l.shippedSerial from RmaLine l join l.rma r
                        where r.unit.id = :unit and l.approvedPart = :part and l.shippedSerial is not null
                          and r.id <> :rma
                        order by r.requestedAt desc, l.id desc""", String.class)
                .setParameter("unit", unitId)
                .setParameter("part", part)
                .setParameter("rma", exceptRmaId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Another customer's RMA is as unknown as a missing one: 404, never 403. */
    public Rma requireOwn(String number, String username) {
        Rma rma = require(number);
        if (!rma.customer().username().equals(username)) {
            throw new NotFoundException("rma-not-found", "no RMA " + number);
        }
        return rma;
    }
}

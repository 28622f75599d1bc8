package com.partsbridge.rma.rma.control;

import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.rma.rma.entity.Rma;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    /** Another customer's RMA is as unknown as a missing one: 404, never 403. */
    public Rma requireOwn(String number, String username) {
        Rma rma = require(number);
        if (!rma.customer().username().equals(username)) {
            throw new NotFoundException("rma-not-found", "no RMA " + number);
        }
        return rma;
    }
}

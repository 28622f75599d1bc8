package com.partsbridge.rma.impact.control;

import com.partsbridge.rma.impact.entity.RequestFailure;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Reads and writes the compact failure rows. Counting is an update of the minute's row, or the insert of a
 * new one; each in a transaction of its own, so that the loser of two inserts at once can count again.
 */
@Stateless
public class RequestFailureLog {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    /** Adds one to the row; false when the row does not exist yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean increment(RequestFailure.Key key) {
        return em.createQuery("""
                        update RequestFailure f set f.failures = f.failures + 1
                        where f.key.customer = :customer and f.key.journey = :journey
                          and f.key.minute = :minute and f.key.kind = :kind""")
                        .setParameter("customer", key.customer())
                        .setParameter("journey", key.journey())
                        .setParameter("minute", key.minute())
                        .setParameter("kind", key.kind())
                        .executeUpdate()
                > 0;
    }

    /** The minute's first failure; fails (and rolls back alone) when another request inserted it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(RequestFailure.Key key) {
        em.persist(new RequestFailure(key));
        em.flush();
    }

    /** The failures of every customer and journey per minute, for minutes from {@code from} up to {@code to}. */
    public List<FailureCount> between(Instant from, Instant to) {
        return em.createQuery("""
                        select new com.partsbridge.rma.impact.control.FailureCount(
                            f.key.customer, f.key.journey, f.key.minute, cast(sum(f.failures) as integer))
                        from RequestFailure f where f.key.minute >= :from and f.key.minute <= :to
                        group by f.key.customer, f.key.journey, f.key.minute""", FailureCount.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}

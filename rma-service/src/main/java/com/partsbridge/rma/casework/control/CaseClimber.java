package com.partsbridge.rma.casework.control;

import com.partsbridge.rma.casework.entity.CustomerCase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Moves one overdue case up the ladder, in a transaction of its own so that one case's trouble does not hold
 * back the others. The case is read with a write lock, so two nodes running the ladder at once climb it once.
 */
@Stateless
public class CaseClimber {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    CaseStaff staff;

    @Inject
    CaseLetters letters;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> overdue(Instant now, int limit) {
        return em.createQuery("""
                        select c.id from CustomerCase c
                        where c.status = com.partsbridge.rma.casework.entity.CaseStatus.OPEN
                          and c.step <> com.partsbridge.rma.casework.entity.LadderStep.EXECUTIVE
                          and c.deadline < :now
                        order by c.deadline""", Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** True if the case climbed a rung now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean climb(long caseId, Instant now) {
        CustomerCase c = em.find(CustomerCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.isOverdue(now)) {
            return false;
        }
        return staff.ladder()
                .next(c.step(), c.deadline(), now)
                .map(rung -> {
                    c.climb(rung.step(), rung.owner(), rung.deadline(), now);
                    letters.climbed(c, now);
                    return true;
                })
                .orElse(false);
    }
}

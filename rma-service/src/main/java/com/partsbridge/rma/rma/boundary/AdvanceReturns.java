package com.partsbridge.rma.rma.boundary;

import com.partsbridge.kernel.Money;
import com.partsbridge.rma.rma.control.ResolutionSettings;
import com.partsbridge.rma.rma.entity.Resolution;
import com.partsbridge.rma.rma.entity.ResolutionRules;
import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaLine;
import com.partsbridge.rma.rma.entity.RmaState;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Advance replacements whose old part is overdue: the customer is told once, the day after the due day; a grace
 * period later the advance-replaced lines' value is charged or written off (the configured rule) once, and the
 * RMA closes. Both are on the audit trail and in the customer's notices. Running a round twice, or on two nodes
 * at once, changes nothing more: the RMA remembers the reminder and the lines their settlement, and its version
 * lets only one of two concurrent rounds commit.
 */
@Stateless
public class AdvanceReturns {

    private static final Logger LOG = Logger.getLogger(AdvanceReturns.class.getName());
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    ResolutionSettings settings;

    @Inject
    Event<ReturnOverdue> overdueEvents;

    @Inject
    Event<ResolutionSettled> settledEvents;

    @Inject
    Clock clock;

    /** What one round did: customers told their old part is overdue, RMAs settled without their return. */
    public record Round(int reminded, int settled) {}

    /** One round (the timer's, or an admin's "check now"): at most {@value #BATCH} RMAs, the longest overdue first. */
    public Round check() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        ResolutionRules rules = settings.rules();
        List<Rma> overdue = em.createQuery("""
                        select r from Rma r join fetch r.customer
                        where r.state = :waiting and r.returnDueOn < :today
                          and (r.returnRemindedOn is null or r.returnRemindedOn <= :graceOver)
                        order by r.returnDueOn, r.id""", Rma.class)
                .setParameter("waiting", RmaState.RETURN_EXPECTED)
                .setParameter("today", today)
                .setParameter("graceOver", today.minusDays(rules.graceDays()))
                .setMaxResults(BATCH)
                .getResultList();
        int reminded = 0;
        int settled = 0;
        for (Rma rma : overdue) {
            if (rma.remindOverdueReturn(today, now)) {
                reminded++;
                overdueEvents.fire(new ReturnOverdue(
                        rma.number(),
                        rma.customer().username(),
                        rma.returnDueOn().orElseThrow(),
                        today.plusDays(rules.graceDays()),
                        rules.unreturned(),
                        advanceValue(rma).amount(),
                        advanceValue(rma).currency()));
                LOG.info(() -> rma.number() + ": old part overdue since "
                        + rma.returnDueOn().orElseThrow() + "; customer told");
                continue;
            }
            List<RmaLine> lines = rma.settleUnreturned(today, rules, now);
            if (!lines.isEmpty()) {
                settled++;
                for (RmaLine line : lines) {
                    settledEvents.fire(ResolutionSettled.of(rma, line));
                }
                LOG.info(() -> rma.number() + ": old part never came back; " + rules.unreturned());
            }
        }
        em.flush(); // two nodes in one round: the RMA's version lets only one record it
        return new Round(reminded, settled);
    }

    /** What would be charged or written off: the advance-replaced lines' value. */
    private static Money advanceValue(Rma rma) {
        return rma.lines().stream()
                .filter(l -> l.resolution().orElse(null) == Resolution.ADVANCE_REPLACEMENT)
                .map(RmaLine::value)
                .reduce(Money::plus)
                .orElse(Money.zero(rma.lines().get(0).unitPrice().currency()));
    }
}

package com.partsbridge.rma.clock.boundary;

import com.partsbridge.rma.clock.control.PromiseCalendar;
import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The delivery promise of every open request, kept in working days: its owner (the rep desk) is warned before
 * the due day, and the breach is recorded once when the day passes. Both land on the RMA's audit trail.
 */
@Stateless
public class DeliveryPromises {

    private static final Logger LOG = Logger.getLogger(DeliveryPromises.class.getName());
    private static final List<RmaState> UNDELIVERED =
            List.of(RmaState.REQUESTED, RmaState.VERIFIED, RmaState.APPROVED, RmaState.SHIPPED);
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    PromiseCalendar calendar;

    @Inject
    Clock clock;

    /** What one round found: owners warned and promises broken (each counted once per RMA, ever). */
    public record Round(int warned, int breached) {}

    /**
     * One round of the clock (the timer's, or an admin's "check now"): at most {@value #BATCH} RMAs, those due
     * first; the ones it settles drop out of the next round, so a backlog clears over a few rounds.
     */
    public Round check() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        List<Rma> open = em.createQuery("""
                        select r from Rma r join fetch r.unit join fetch r.customer
                        where r.dueOn is not null and r.breachedOn is null and r.state in :undelivered
                          and r.dueOn <= :horizon and (r.dueWarned = false or r.dueOn < :today)
                        order by r.dueOn, r.id""", Rma.class)
                .setParameter("undelivered", UNDELIVERED)
                .setParameter("today", today)
                // a request is warned from a few working days before its day: two weeks ahead covers any holidays
                .setParameter("horizon", today.plusDays(14))
                .setMaxResults(BATCH)
                .getResultList();
        int warned = 0;
        int breached = 0;
        for (Rma rma : open) {
            LocalDate due = rma.dueOn().orElseThrow();
            if (rma.breachDue(today, now)) {
                breached++;
                LOG.warning(() -> rma.number() + ": delivery promised by " + due + " broken");
            } else if (rma.warnDueSoon(today, calendar.warnFrom(due), now)) {
                warned++;
                LOG.info(() -> rma.number() + ": delivery due by " + due + "; owner warned");
            }
        }
        em.flush(); // two nodes in one round: the RMA's version lets only one record it
        return new Round(warned, breached);
    }

    /** A model's broken promises per month of the due day, oldest month first (for the obligation report). */
    public List<MonthlyBreaches> breachesByMonth(String modelCode) {
        List<LocalDate> dues = em.createQuery("""
                        select r.dueOn from Rma r
                        where r.breachedOn is not null and r.unit.modelCode = :model""", LocalDate.class)
                .setParameter("model", modelCode)
                .getResultList();
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        dues.forEach(d -> byMonth.merge(YearMonth.from(d), 1L, Long::sum));
        return byMonth.entrySet().stream()
                .map(e -> new MonthlyBreaches(e.getKey().toString(), e.getValue()))
                .toList();
    }
}

package com.partsbridge.rma.figures.boundary;

import com.partsbridge.rma.figures.control.Percentiles;
import com.partsbridge.rma.figures.control.Weeks;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.RmaState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the business watches that the RMA service owns, each read by one query. Weekly figures cover
 * the last {@value #WEEKS} ISO weeks (UTC), the current one included.
 */
@Stateless
public class RmaFigures {

    public static final int WEEKS = 12;

    /** Shipments counted for the request-to-shipment times. */
    public static final int SHIPMENT_DAYS = 90;

    /** Rows a weekly or duration figure reads at most; far above a quarter of this business's volume. */
    static final int MAX_ROWS = 100_000;

    private static final EnumSet<RmaState> OPEN = EnumSet.copyOf(
            Arrays.stream(RmaState.values()).filter(RmaState::isOpen).toList());

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    Clock clock;

    /** Wrong parts caught, per gate and week: every gate appears in every week, zero included. */
    public List<GateWeek> wrongPartCatchesPerWeek() {
        Weeks weeks = Weeks.lastOf(WEEKS, Instant.now(clock));
        Map<LocalDate, Map<Gate, Long>> counts = new TreeMap<>();
        for (LocalDate monday : weeks.mondays()) {
            Map<Gate, Long> perGate = new EnumMap<>(Gate.class);
            for (Gate gate : Gate.values()) {
                perGate.put(gate, 0L);
            }
            counts.put(monday, perGate);
        }
        em.createQuery(
                        "select c.gate, c.checkedAt from GateCheck c where c.passed = false and c.checkedAt >= :since",
                        Object[].class)
                .setParameter("since", weeks.start())
                .setMaxResults(MAX_ROWS)
                .getResultStream()
                .forEach(row -> counts.get(Weeks.weekOf((Instant) row[1])).merge((Gate) row[0], 1L, Long::sum));
        List<GateWeek> figure = new ArrayList<>();
        counts.forEach(
                (monday, perGate) -> perGate.forEach((gate, caught) -> figure.add(new GateWeek(monday, gate, caught))));
        return figure;
    }

    /** How many RMAs are in each state now; every state appears, zero included. */
    public List<StateCount> rmasByState() {
        Map<RmaState, Long> counts = new EnumMap<>(RmaState.class);
        for (RmaState state : RmaState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select r.state, count(r) from Rma r group by r.state", Object[].class)
                .getResultStream()
                .forEach(row -> counts.put((RmaState) row[0], ((Number) row[1]).longValue()));
        return counts.entrySet().stream()
                .map(e -> new StateCount(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Time from request to first shipment of the RMAs first shipped in the last {@value #SHIPMENT_DAYS} days:
     * median and 90th percentile (nearest rank). One query reads the pairs; the percentiles are computed here
     * because H2 has no percentile function that PostgreSQL shares.
     */
    public ShipmentTimes requestToShipment() {
        Instant since = Instant.now(clock).minus(Duration.ofDays(SHIPMENT_DAYS));
        List<Duration> durations = em.createQuery("""
                        select r.requestedAt, min(e.occurredAt) from RmaEvent e join e.rma r
                        where e.to = :shipped
                        group by r.id, r.requestedAt
                        having min(e.occurredAt) >= :since""", Object[].class)
                .setParameter("shipped", RmaState.SHIPPED)
                .setParameter("since", since)
                .setMaxResults(MAX_ROWS)
                .getResultStream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
                .toList();
        Percentiles percentiles = new Percentiles(durations);
        return new ShipmentTimes(
                SHIPMENT_DAYS,
                percentiles.count(),
                percentiles.at(50).map(Duration::toMinutes).orElse(null),
                percentiles.at(90).map(Duration::toMinutes).orElse(null));
    }

    /** Open RMAs escalated to a named owner, and those of them past the owner's deadline. */
    public Escalations escalations() {
        Object[] row = em.createQuery("""
                        select count(r), coalesce(sum(case when r.escalationDeadline < :now then 1 else 0 end), 0)
                        from Rma r where r.escalatedTo is not null and r.state in :open""", Object[].class)
                .setParameter("now", Instant.now(clock))
                .setParameter("open", OPEN)
                .getSingleResult();
        return new Escalations(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Concessions granted per week and currency: how many, and what they were worth. */
    public List<ConcessionWeek> concessionsPerWeek() {
        Weeks weeks = Weeks.lastOf(WEEKS, Instant.now(clock));
        record Key(LocalDate monday, String currency) {}
        Map<Key, ConcessionWeek> sums = new java.util.LinkedHashMap<>();
        em.createQuery(
                        "select c.grantedAt, c.value.amount, c.value.currency from Concession c"
                                + " where c.grantedAt >= :since order by c.grantedAt",
                        Object[].class)
                .setParameter("since", weeks.start())
                .setMaxResults(MAX_ROWS)
                .getResultStream()
                .forEach(row -> sums.merge(
                        new Key(Weeks.weekOf((Instant) row[0]), (String) row[2]),
                        new ConcessionWeek(Weeks.weekOf((Instant) row[0]), (String) row[2], 1, (BigDecimal) row[1]),
                        ConcessionWeek::plus));
        String usual = sums.keySet().stream().map(Key::currency).findFirst().orElse("EUR");
        List<ConcessionWeek> figure = new ArrayList<>();
        for (LocalDate monday : weeks.mondays()) { // a week with nothing granted shows as zero
            boolean any = false;
            for (ConcessionWeek week : sums.values()) {
                if (week.weekStarting().equals(monday)) {
                    figure.add(week);
                    any = true;
                }
            }
            if (!any) {
                figure.add(new ConcessionWeek(monday, usual, 0, BigDecimal.ZERO.setScale(2)));
            }
        }
        return figure;
    }

    public record GateWeek(LocalDate weekStarting, Gate gate, long caught) {}

    public record StateCount(RmaState state, long count) {}

    /** Minutes; null when nothing shipped in the window. */
    public record ShipmentTimes(int days, long shipments, Long medianMinutes, Long p90Minutes) {}

    public record Escalations(long open, long overdue) {}

    public record ConcessionWeek(LocalDate weekStarting, String currency, long granted, BigDecimal amount) {

        ConcessionWeek plus(ConcessionWeek other) {
            return new ConcessionWeek(weekStarting, currency, granted + other.granted, amount.add(other.amount));
        }
    }
}

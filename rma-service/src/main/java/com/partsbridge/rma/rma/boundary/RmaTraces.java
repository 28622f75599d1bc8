package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.GateCheck;
import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaEvent;
import com.partsbridge.rma.rma.entity.RmaState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The RMA side of a unit's service history: three queries per unit, whatever the number of RMAs. */
@Stateless
public class RmaTraces {

    /** A unit with more RMAs than this is a support case of its own; its oldest ones are left out. */
    static final int MAX_RMAS = 500;

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    public List<UnitRmaTrace> ofUnit(long unitId) {
        List<Rma> rmas = em.createQuery("""
                        select distinct r from Rma r left join fetch r.lines
                        where r.unit.id = :unit order by r.requestedAt desc""", Rma.class)
                .setParameter("unit", unitId)
                .setMaxResults(MAX_RMAS)
                .getResultList();
        // when each RMA last shipped and last received its return (a lost parcel ships again)
        Map<String, Instant> shipped = new HashMap<>();
        Map<String, Instant> returned = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.number, e from RmaEvent e join e.rma r where r.unit.id = :unit", Object[].class)
                .setParameter("unit", unitId)
                .getResultList()) {
            RmaEvent e = (RmaEvent) row[1];
            Map<String, Instant> into =
                    e.to() == RmaState.SHIPPED ? shipped : e.to() == RmaState.RETURN_RECEIVED ? returned : null;
            if (into != null && e.from() != e.to()) {
                into.merge((String) row[0], e.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, List<GateCheckView>> caught = new HashMap<>();
        em.createQuery(
                        "select c from GateCheck c where c.unitId = :unit and c.passed = false and c.rmaNumber is not null",
                        GateCheck.class)
                .setParameter("unit", unitId)
                .getResultStream()
                .forEach(c -> caught.computeIfAbsent(c.rmaNumber(), n -> new java.util.ArrayList<>())
                        .add(GateCheckView.of(c)));
        return rmas.stream()
                .map(r -> new UnitRmaTrace(
                        r.number(),
                        r.state(),
                        r.requestedAt(),
                        shipped.get(r.number()),
                        returned.get(r.number()),
                        r.lines().stream().map(RmaView.Line::of).toList(),
                        caught.getOrDefault(r.number(), List.of())))
                .toList();
    }
}

package com.partsbridge.rma.rma.boundary;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.rma.control.RmaRepository;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** Reading RMAs: a customer's own, the reps' queue, and the wrong-part figures. */
@Stateless
public class RmaQueries {

    private static final EnumSet<RmaState> OPEN = EnumSet.copyOf(
            Arrays.stream(RmaState.values()).filter(RmaState::isOpen).toList());

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    RmaRepository repository;

    public RmaView ownRma(String number, String username) {
        return RmaView.of(repository.requireOwn(number, username), true);
    }

    public RmaView anyRma(String number) {
        return RmaView.of(repository.require(number), true);
    }

    public Page<RmaView> ofCustomer(String username, PageRequest page) {
        return page("r.customer.username = :who", "who", username, page, "r.requestedAt desc");
    }

    /** The reps' queue: open RMAs (or those in one state), oldest first. */
    public Page<RmaView> queue(RmaState state, PageRequest page) {
        return page("r.state in :states", "states", state == null ? OPEN : EnumSet.of(state), page, "r.requestedAt");
    }

    public boolean hasOpenCase(String username) {
        return !em.createQuery(
                        "select r.id from Rma r where r.customer.username = :who and r.state in :open", Long.class)
                .setParameter("who", username)
                .setParameter("open", OPEN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Everyone who asked for a part between two instants (inclusive), e.g. the customers an incident hit. */
    public List<String> customersWhoAskedBetween(Instant from, Instant to) {
        return em.createQuery("""
                        select distinct r.customer.username from Rma r
                        where r.requestedAt between :from and :to""", String.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * Requests for a model that have waited longer than {@code days} without being delivered: they breach a
     * delivery promise of that many days (or will, once shipped late).
     */
    public List<OverdueRequest> overdueRequests(String modelCode, int days, Instant now) {
        return em
                .createQuery("""
                        select r from Rma r join fetch r.unit
                        where r.unit.modelCode = :model and r.state in :waiting and r.requestedAt < :since
                        order by r.requestedAt""", Rma.class)
                .setParameter("model", modelCode)
                .setParameter(
                        "waiting",
                        EnumSet.of(RmaState.REQUESTED, RmaState.VERIFIED, RmaState.APPROVED, RmaState.SHIPPED))
                .setParameter("since", now.minus(java.time.Duration.ofDays(days)))
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(r -> new OverdueRequest(
                        r.number(),
                        r.unit().modelCode(),
                        r.unit().serial(),
                        r.state(),
                        r.requestedAt(),
                        java.time.Duration.between(r.requestedAt(), now).toDays()))
                .toList();
    }

    public WrongPartRates wrongPartRates() {
        List<WrongPartRates.GateRate> rates = new ArrayList<>();
        for (Gate gate : Gate.values()) {
            Object[] row = em.createQuery("""
                            select count(c), coalesce(sum(case when c.passed = false then 1 else 0 end), 0)
                            from GateCheck c where c.gate = :gate""", Object[].class)
                    .setParameter("gate", gate)
                    .getSingleResult();
            long checks = ((Number) row[0]).longValue();
            long caught = ((Number) row[1]).longValue();
            rates.add(new WrongPartRates.GateRate(gate, checks, caught, checks == 0 ? 0 : (double) caught / checks));
        }
        return new WrongPartRates(rates);
    }

    private Page<RmaView> page(String where, String param, Object value, PageRequest page, String order) {
        // lines come in batches (default_batch_fetch_size), unit and customer in the same select
        List<Rma> items = em.createQuery(
                        "select r from Rma r join fetch r.unit join fetch r.customer where " + where + " order by "
                                + order + ", r.id",
                        Rma.class)
                .setParameter(param, value)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(r) from Rma r where " + where, Long.class)
                .setParameter(param, value)
                .getSingleResult();
        return Page.of(items, page, total).map(r -> RmaView.of(r, false));
    }
}

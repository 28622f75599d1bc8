package com.partsbridge.rma.rma.boundary;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.entity.Customer;
import com.partsbridge.rma.customer.entity.RegisteredUnit;
import com.partsbridge.rma.rma.control.RmaRepository;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.GateCheck;
import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaEvent;
import com.partsbridge.rma.rma.entity.RmaState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Reading RMAs: a customer's own, the reps' queue, and the wrong-part figures. */
@Stateless
public class RmaQueries {

    private static final EnumSet<RmaState> OPEN = EnumSet.copyOf(
            Arrays.stream(RmaState.values()).filter(RmaState::isOpen).toList());

    private static final EnumSet<RmaState> UNSHIPPED =
            EnumSet.of(RmaState.REQUESTED, RmaState.VERIFIED, RmaState.APPROVED);

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    RmaRepository repository;

    @Inject
    Clock clock;

    public RmaView ownRma(String number, String username) {
        return RmaView.of(repository.requireOwn(number, username), true, Instant.now(clock));
    }

    public RmaView anyRma(String number) {
        return RmaView.of(repository.require(number), true, Instant.now(clock));
    }

    public Page<RmaView> ofCustomer(String username, PageRequest page) {
        return page("r.customer.username = :who", "who", username, page, "r.requestedAt desc");
    }

    /**
     * The reps' queue with any of its filters, oldest first: one query whose criteria are those given (and a
     * count with the same criteria for the pager).
     */
    public Page<RmaView> search(@NotNull @Valid RmaSearch search, @NotNull PageRequest page) {
        Instant now = Instant.now(clock);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Rma> select = cb.createQuery(Rma.class);
        Root<Rma> r = select.from(Rma.class);
        @SuppressWarnings("unchecked") // Hibernate's fetches are joins, so the search can filter on them
        Join<Rma, RegisteredUnit> unit = (Join<Rma, RegisteredUnit>) r.<Rma, RegisteredUnit>fetch("unit");
        @SuppressWarnings("unchecked")
        Join<Rma, Customer> customer = (Join<Rma, Customer>) r.<Rma, Customer>fetch("customer");
        select.select(r)
                .where(criteria(search, now, cb, select, r, unit, customer))
                .orderBy(cb.asc(r.get("requestedAt")), cb.asc(r.get("id")));
        // lines come in batches (default_batch_fetch_size), unit and customer in the same select
        List<Rma> items = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Rma> c = count.from(Rma.class);
        count.select(cb.count(c)).where(criteria(search, now, cb, count, c, c.join("unit"), c.join("customer")));
        long total = em.createQuery(count).getSingleResult();
        return Page.of(items, page, total).map(rma -> RmaView.of(rma, false, now));
    }

    private Predicate[] criteria(
            RmaSearch search,
            Instant now,
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Rma> r,
            Join<Rma, RegisteredUnit> unit,
            Join<Rma, Customer> customer) {
        List<Predicate> where = new ArrayList<>();
        if (search.state() != null) {
            where.add(cb.equal(r.get("state"), search.state()));
        } else if (!search.anyState()) {
            where.add(r.get("state").in(OPEN));
        }
        if (search.overdue()) { // the rule of Rma.isOverdue
            LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
            where.add(cb.or(
                    cb.and(r.get("state").in(UNSHIPPED), cb.lessThan(r.<LocalDate>get("promisedShipBy"), today)),
                    cb.and(r.get("state").in(OPEN), cb.lessThan(r.<Instant>get("escalationDeadline"), now))));
        }
        if (search.escalated()) {
            where.add(cb.isNotNull(r.get("escalatedTo")));
        }
        if (search.actedOnBy() != null) {
            Subquery<Long> acted = query.subquery(Long.class);
            Root<RmaEvent> e = acted.from(RmaEvent.class);
            acted.select(cb.literal(1L)).where(cb.equal(e.get("rma"), r), cb.equal(e.get("actor"), search.actedOnBy()));
            where.add(cb.exists(acted));
        }
        String text = search.textOrNull();
        if (text != null) {
            String contains = "%"
                    + text.toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            where.add(cb.or(
                    cb.like(cb.lower(r.<String>get("number")), contains, '\\'),
                    cb.like(cb.lower(unit.<String>get("serial")), contains, '\\'),
                    cb.like(cb.lower(customer.<String>get("username")), contains, '\\'),
                    cb.like(cb.lower(customer.<String>get("displayName")), contains, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Every wrong-part check made for this RMA, at each gate, in the order they were made. */
    public List<GateCheckView> gateChecks(String number) {
        String rmaNumber = repository.require(number).number();
        return em.createQuery(
                        "select c from GateCheck c where c.rmaNumber = :number order by c.checkedAt, c.id",
                        GateCheck.class)
                .setParameter("number", rmaNumber)
                .setMaxResults(200)
                .getResultStream()
                .map(GateCheckView::of)
                .toList();
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
        Instant now = Instant.now(clock);
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
        return Page.of(items, page, total).map(r -> RmaView.of(r, false, now));
    }
}

package com.partsbridge.rma.recovery.boundary;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.recovery.control.ConcessionRules;
import com.partsbridge.rma.recovery.entity.ConcessionKind;
import com.partsbridge.rma.recovery.entity.FaultKind;
import com.partsbridge.rma.recovery.entity.Incident;
import com.partsbridge.rma.recovery.entity.IncidentStatus;
import com.partsbridge.rma.recovery.entity.Notice;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incidents: declared by staff after a preview, or proposed by impact detection and then confirmed, amended or
 * dismissed by staff (or confirmed by the auto-confirm delay). Customers are told only on confirmation, through
 * {@link ServiceRecovery#tell}, once each however often or concurrently it is confirmed.
 */
@Stateless
public class Incidents {

    /** Who decides when nobody did in time. */
    public static final String AUTO_CONFIRM = "system (auto-confirm)";

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    ServiceRecovery recovery;

    @Inject
    ConcessionRules rules;

    @Inject
    RmaQueries rmas;

    @Inject
    Units units;

    @Inject
    Clock clock;

    /** Whom declaring would tell and what it would cost; nothing is recorded or sent. */
    public IncidentPreview preview(@Valid @NotNull(message = "an incident is required") NewIncident declared) {
        check(declared);
        List<String> customers = affected(declared);
        Money credit = creditPerCustomer();
        return new IncidentPreview(
                customers, grants(), credit.amount().multiply(BigDecimal.valueOf(customers.size())), credit.currency());
    }

    /**
     * Declares an incident and tells every affected customer, once each. The same {@code declarationKey} sent
     * again (a double click, a resubmitted form, a retried call) returns the first incident and tells nobody.
     */
    public IncidentView declare(
            @Valid @NotNull(message = "an incident is required") NewIncident declared,
            String staff,
            String declarationKey) {
        Optional<Incident> earlier = byKey(declarationKey);
        if (earlier.isPresent()) {
            return view(earlier.get());
        }
        check(declared);
        Incident incident = Incident.declared(
                declared.title(),
                declared.description(),
                declared.startedAt(),
                declared.endedAt(),
                staff,
                Instant.now(clock),
                declarationKey,
                affected(declared));
        em.persist(incident);
        em.flush(); // a second declaration with the same key racing this one fails here, before anyone is told
        recovery.tell(incident);
        return view(incident);
    }

    /** The incident a declaration key made, if any. */
    public Optional<IncidentView> declaredWith(String declarationKey) {
        return byKey(declarationKey).map(this::view);
    }

    /**
     * Detection's finding becomes a proposal, or extends the journey's open proposal (never a second one). A
     * finding counted before staff decided on the journey's proposal is refused: its customers were told (or
     * staff chose not to) once, and the next run counts what is new.
     */
    public IncidentView propose(ImpactFinding finding) {
        Incident incident = openProposal(finding.journey()).orElse(null);
        if (incident == null && finding.predates(decidedUntil(finding.journey()))) {
            throw new ConflictException(
                    "finding-answered",
                    "the " + finding.journey() + " failures since " + finding.from()
                            + " were answered by an incident decided meanwhile");
        }
        if (incident == null) {
            incident = Incident.proposed(
                    finding.journey(),
                    finding.title(),
                    finding.description(),
                    finding.from(),
                    finding.to(),
                    Instant.now(clock));
            em.persist(incident);
        }
        incident.extendTo(finding.to());
        Incident proposal = incident;
        finding.customers().forEach(proposal::counted);
        em.flush(); // two detectors proposing at once: the unique open journey refuses the second here
        return view(incident);
    }

    /** Per journey with an open proposal, where it starts: detection extends it from there. */
    public Map<String, Instant> openProposals() {
        Map<String, Instant> open = new HashMap<>();
        em.createQuery("select i.journey, i.startedAt from Incident i where i.status = :proposed", Object[].class)
                .setParameter("proposed", IncidentStatus.PROPOSED)
                .getResultList()
                .forEach(row -> open.put((String) row[0], (Instant) row[1]));
        return open;
    }

    /** Per journey, until when failures were answered by a decided incident: they do not count again. */
    public Map<String, Instant> decidedUntil() {
        Map<String, Instant> decided = new HashMap<>();
        em.createQuery("""
                        select i.journey, max(i.endedAt) from Incident i
                        where i.journey is not null and i.status <> :proposed group by i.journey""", Object[].class)
                .setParameter("proposed", IncidentStatus.PROPOSED)
                .getResultList()
                .forEach(row -> decided.put((String) row[0], (Instant) row[1]));
        return decided;
    }

    private Instant decidedUntil(String journey) {
        return em.createQuery(
                        "select max(i.endedAt) from Incident i where i.journey = :journey and i.status <> :proposed",
                        Instant.class)
                .setParameter("journey", journey)
                .setParameter("proposed", IncidentStatus.PROPOSED)
                .getSingleResult();
    }

    /** Proposals older than {@code proposedBefore}, which confirm themselves. */
    public List<Long> dueForAutoConfirm(Instant proposedBefore) {
        return em.createQuery(
                        "select i.id from Incident i where i.status = :proposed and i.declaredAt <= :before order by i.id",
                        Long.class)
                .setParameter("proposed", IncidentStatus.PROPOSED)
                .setParameter("before", proposedBefore)
                .getResultList();
    }

    /**
     * Confirms a proposal and tells its customers. Confirming a confirmed incident changes nothing and tells
     * nobody again; a confirmation racing another (or the auto-confirm) loses on the version and rolls back.
     */
    public IncidentView confirm(
            long id,
            @Valid @NotNull(message = "a confirmation is required") IncidentConfirmation confirmation,
            String staff) {
        Incident incident = find(id);
        if (incident.status() != IncidentStatus.CONFIRMED) {
            seen(incident, confirmation.version());
        }
        if (incident.confirm(staff, Instant.now(clock))) {
            em.flush(); // the version check, before anyone is told
            recovery.tell(incident);
        }
        return view(incident);
    }

    /** The auto-confirm: a proposal nobody decided on in time is confirmed as it stands. */
    public IncidentView autoConfirm(long id) {
        Incident incident = find(id);
        return confirm(id, new IncidentConfirmation(incident.version()), AUTO_CONFIRM);
    }

    public IncidentView dismiss(
            long id, @Valid @NotNull(message = "a dismissal is required") IncidentDismissal dismissal, String staff) {
        Incident incident = find(id);
        seen(incident, dismissal.version());
        incident.dismiss(staff, Instant.now(clock));
        return view(incident);
    }

    public IncidentView amend(
            long id, @Valid @NotNull(message = "an amendment is required") IncidentAmendment amendment, String staff) {
        Incident incident = find(id);
        seen(incident, amendment.version());
        List<String> customers =
                amendment.customers().stream().map(String::trim).distinct().toList();
        customers.forEach(c -> known("customers", c));
        incident.amend(amendment.title(), amendment.description(), customers);
        em.flush();
        return view(incident);
    }

    public IncidentView incident(long id) {
        return view(find(id));
    }

    /** Newest first, proposals first of all, since they wait for staff; {@code statuses} empty for all. */
    public Page<IncidentView> incidents(Collection<IncidentStatus> statuses, PageRequest page) {
        Collection<IncidentStatus> wanted = statuses.isEmpty() ? List.of(IncidentStatus.values()) : statuses;
        List<Long> found = em.createQuery("""
                        select i.id from Incident i where i.status in :wanted
                        order by case when i.status = :proposed then 0 else 1 end, i.declaredAt desc, i.id desc""", Long.class)
                .setParameter("wanted", wanted)
                .setParameter("proposed", IncidentStatus.PROPOSED)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(i) from Incident i where i.status in :wanted", Long.class)
                .setParameter("wanted", wanted)
                .getSingleResult();
        return Page.of(found.stream().map(this::incident).toList(), page, total);
    }

    private IncidentView view(Incident incident) {
        List<NoticeView> notices = em
                .createQuery("select n from Notice n where n.incident = :incident order by n.customer", Notice.class)
                .setParameter("incident", incident)
                .getResultList()
                .stream()
                .map(NoticeView::of)
                .toList();
        List<IncidentView.AffectedCustomer> affected = new ArrayList<>();
        incident.affectedCustomers().forEach((c, n) -> affected.add(new IncidentView.AffectedCustomer(c, n)));
        Money credit = creditPerCustomer();
        BigDecimal total = incident.status() == IncidentStatus.CONFIRMED
                ? notices.stream()
                        .flatMap(n -> n.concessions().stream())
                        .map(NoticeView.Grant::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                : credit.amount().multiply(BigDecimal.valueOf(affected.size()));
        return new IncidentView(
                incident.id(),
                incident.title(),
                incident.description(),
                incident.status(),
                incident.journey().orElse(null),
                incident.startedAt(),
                incident.endedAt(),
                incident.declaredBy(),
                incident.declaredAt(),
                incident.decidedBy().orElse(null),
                incident.decidedAt().orElse(null),
                incident.version(),
                affected,
                grants(),
                total,
                credit.currency(),
                notices);
    }

    private Incident find(long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident == null) {
            throw new NotFoundException("incident-not-found", "no incident " + id);
        }
        return incident;
    }

    private static void seen(Incident incident, long version) {
        if (incident.version() != version) {
            throw new ConflictException(
                    "concurrent-change",
                    "incident " + incident.id() + " changed since you looked at it (version " + version + ", now "
                            + incident.version() + "); reload it");
        }
    }

    private Optional<Incident> openProposal(String journey) {
        return em.createQuery("select i from Incident i where i.openJourney = :journey", Incident.class)
                .setParameter("journey", journey)
                .getResultStream()
                .findFirst();
    }

    private Optional<Incident> byKey(String declarationKey) {
        if (declarationKey == null || declarationKey.isBlank()) {
            return Optional.empty();
        }
        if (declarationKey.length() > 60) {
            throw new InvalidInputException("Idempotency-Key", "a declaration key is at most 60 characters");
        }
        return em.createQuery("select i from Incident i where i.declarationKey = :key", Incident.class)
                .setParameter("key", declarationKey)
                .getResultStream()
                .findFirst();
    }

    /** The checks of declaring, so that a preview refuses what declaring would refuse. */
    private void check(NewIncident declared) {
        if (!declared.endedAt().isAfter(declared.startedAt())) {
            throw new InvalidInputException("endedAt", "an incident ends after it starts");
        }
    }

    private List<String> affected(NewIncident declared) {
        if (declared.customers() == null || declared.customers().isEmpty()) {
            return rmas.customersWhoAskedBetween(declared.startedAt(), declared.endedAt()).stream()
                    .sorted()
                    .toList();
        }
        List<String> customers = declared.customers().stream()
                .filter(c -> c != null && !c.isBlank())
                .map(String::trim)
                .distinct()
                .sorted()
                .toList();
        customers.forEach(c -> known("customers", c));
        return customers;
    }

    private void known(String field, String customer) {
        try {
            units.customer(customer);
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "no customer '" + customer + "'");
        }
    }

    private Money creditPerCustomer() {
        return rules.concessionsFor(FaultKind.INCIDENT).getOrDefault(ConcessionKind.STORE_CREDIT, Money.zero("EUR"));
    }

    private List<NoticeView.Grant> grants() {
        return rules.concessionsFor(FaultKind.INCIDENT).entrySet().stream()
                .map(e -> new NoticeView.Grant(
                        e.getKey().name(), e.getValue().amount(), e.getValue().currency()))
                .toList();
    }
}

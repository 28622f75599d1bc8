package com.partsbridge.rma.recovery.boundary;

import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.customer.entity.Customer;
import com.partsbridge.rma.recovery.control.Apologies;
import com.partsbridge.rma.recovery.control.ConcessionRules;
import com.partsbridge.rma.recovery.control.ResolutionLetters;
import com.partsbridge.rma.recovery.entity.ConcessionKind;
import com.partsbridge.rma.recovery.entity.FaultKind;
import com.partsbridge.rma.recovery.entity.Incident;
import com.partsbridge.rma.recovery.entity.Notice;
import com.partsbridge.rma.rma.boundary.FulfilmentFailed;
import com.partsbridge.rma.rma.boundary.ResolutionSettled;
import com.partsbridge.rma.rma.boundary.ReturnOverdue;
import com.partsbridge.rma.rma.boundary.RmaEscalated;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * When we are at fault the customer hears from us first: a notice that owns the fault, mailed and shown on
 * their page, and concessions applied to their account with no claim step. Faults of the RMA service arrive
 * as events in the transaction that records them, so a fault is never recorded without its notice.
 */
@Stateless
public class ServiceRecovery {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    ConcessionRules rules;

    @Inject
    RmaQueries rmas;

    @Inject
    Units units;

    @Inject
    Casework cases;

    @Inject
    Clock clock;

    /** Records the notice and grants; the same occurrence reported again returns the first notice, unchanged. */
    public NoticeView recover(ServiceFailure failure) {
        return NoticeView.of(notice(failure, null));
    }

    /** A wrong part that reached the customer, a lost parcel or a late shipment. */
    public void onFulfilmentFailed(@Observes FulfilmentFailed failed) {
        FaultKind kind = switch (failed.kind()) {
            case WRONG_PART_DELIVERED -> FaultKind.WRONG_PART_DELIVERED;
            case LOST -> FaultKind.LOST_SHIPMENT;
            case LATE -> FaultKind.LATE_SHIPMENT;
            case WRONG_PART_PICKED -> null; // stopped at packing: it never reached the customer
        };
        if (kind != null) {
            notice(
                    new ServiceFailure(
                            kind,
                            "failure-" + failed.failureId(),
                            failed.customerUsername(),
                            failed.rmaNumber(),
                            "Your " + failed.unit() + ", " + failed.rmaNumber()
                                    + (failed.note() == null ? "" : ": " + failed.note()),
                            null,
                            null),
                    null);
        }
    }

    /**
     * A resolution's money, once per line (the occurrence key is the line): a refund or store credit is also a
     * concession on the account; a charge or a write-off is told, with nothing granted.
     */
    public void onResolutionSettled(@Observes ResolutionSettled settled) {
        Money amount = Money.of(settled.amount(), settled.currency());
        Map<ConcessionKind, Money> granted = switch (settled.settlement()) {
            case REFUND -> Map.of(ConcessionKind.REFUND, amount);
            case STORE_CREDIT -> Map.of(ConcessionKind.STORE_CREDIT, amount);
            case CHARGE, WRITE_OFF -> Map.of();
        };
        letter(
                settled.occurrenceKey(),
                settled.customerUsername(),
                FaultKind.RESOLUTION,
                settled.rmaNumber(),
                ResolutionLetters.settledSubject(settled),
                name -> ResolutionLetters.settledBody(settled, name),
                granted);
    }

    /** Before an advance replacement's old part is charged or written off, the customer is told, once. */
    public void onReturnOverdue(@Observes ReturnOverdue overdue) {
        letter(
                overdue.occurrenceKey(),
                overdue.customerUsername(),
                FaultKind.RETURN_OVERDUE,
                overdue.rmaNumber(),
                ResolutionLetters.overdueSubject(overdue),
                name -> ResolutionLetters.overdueBody(overdue, name),
                Map.of());
    }

    private void letter(
            String key,
            String username,
            FaultKind kind,
            String caseRef,
            String subject,
            java.util.function.Function<String, String> body,
            Map<ConcessionKind, Money> granted) {
        boolean sent = !em.createQuery("select n.id from Notice n where n.occurrenceKey = :key", Long.class)
                .setParameter("key", key)
                .getResultList()
                .isEmpty();
        if (sent) {
            return;
        }
        Customer customer = units.customer(username);
        Instant now = Instant.now(clock);
        Notice notice = new Notice(
                key,
                customer.username(),
                customer.email(),
                kind,
                caseRef,
                subject,
                body.apply(customer.displayName()),
                now,
                null);
        granted.forEach((k, value) -> notice.grant(k, value, now));
        em.persist(notice);
    }

    public void onEscalation(@Observes RmaEscalated escalated) {
        notice(
                new ServiceFailure(
                        FaultKind.ESCALATION,
                        "escalation-" + escalated.rmaNumber(),
                        escalated.customerUsername(),
                        escalated.rmaNumber(),
                        "Your request " + escalated.rmaNumber() + " went wrong twice",
                        escalated.owner(),
                        escalated.deadline()),
                null);
    }

    /**
     * Tells every customer an incident affects, once each: a second call for the same incident finds each
     * notice by its occurrence key ({@code incident-<id>-<customer>}) and grants nothing more.
     */
    public int tell(Incident incident) {
        for (String customer : incident.affectedCustomers().keySet()) {
            notice(
                    new ServiceFailure(
                            FaultKind.INCIDENT,
                            "incident-" + incident.id() + "-" + customer,
                            customer,
                            incident.title(),
                            incident.description(),
                            null,
                            null),
                    incident);
        }
        return incident.affectedCustomers().size();
    }

    public Page<NoticeView> noticesOf(String username, PageRequest page) {
        List<Notice> items = em.createQuery(
                        "select n from Notice n where n.customer = :who order by n.createdAt desc, n.id desc",
                        Notice.class)
                .setParameter("who", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(n) from Notice n where n.customer = :who", Long.class)
                .setParameter("who", username)
                .getSingleResult();
        return Page.of(items, page, total).map(NoticeView::of);
    }

    /** No marketing while the customer has an open case with us: an RMA, or a message we have not answered. */
    public MarketingEligibility marketingEligibility(String username) {
        units.customer(username); // 404 for someone who is not a customer
        return rmas.hasOpenCase(username) || cases.hasOpenCase(username)
                ? new MarketingEligibility(username, false, "open case: no marketing until it is closed")
                : new MarketingEligibility(username, true, "no open case");
    }

    private Notice notice(ServiceFailure failure, Incident incident) {
        List<Notice> existing = em.createQuery("select n from Notice n where n.occurrenceKey = :key", Notice.class)
                .setParameter("key", failure.occurrenceKey())
                .getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Customer customer = units.customer(failure.customer());
        Map<ConcessionKind, Money> granted = rules.concessionsFor(failure.kind());
        Instant now = Instant.now(clock);
        Notice notice = new Notice(
                failure.occurrenceKey(),
                customer.username(),
                customer.email(),
                failure.kind(),
                failure.caseRef(),
                Apologies.subject(failure),
                Apologies.body(failure, customer.displayName(), granted),
                now,
                incident);
        granted.forEach((kind, value) -> notice.grant(kind, value, now));
        em.persist(notice);
        return notice;
    }
}

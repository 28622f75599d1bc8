package com.partsbridge.rma.rma.control;

import com.partsbridge.rma.rma.boundary.FulfilmentFailed;
import com.partsbridge.rma.rma.boundary.RmaEscalated;
import com.partsbridge.rma.rma.entity.FailureKind;
import com.partsbridge.rma.rma.entity.FulfilmentFailure;
import com.partsbridge.rma.rma.entity.Rma;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts a unit's failed fulfilments; at the second one the case goes to a named senior owner with a
 * deadline, so a customer who was failed twice deals with a person, not a queue.
 */
@Dependent
public class Escalation {

    static final int FAILURES_BEFORE_ESCALATION = 2;

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    Event<RmaEscalated> escalated;

    @Inject
    Event<FulfilmentFailed> failed;

    @Inject
    @ConfigProperty(name = "partsbridge.escalation.owner", defaultValue = "Dana Whitfield, Senior Service Lead")
    String owner;

    @Inject
    @ConfigProperty(name = "partsbridge.escalation.deadline-hours", defaultValue = "48")
    int deadlineHours;

    /**
     * The owner's deadline as an ISO-8601 duration (PT36H, PT20S), when finer than whole hours is wanted; it
     * wins over {@code deadline-hours}. The system tests set a few seconds to see an escalation go overdue.
     */
    @Inject
    @ConfigProperty(name = "partsbridge.escalation.deadline")
    Optional<Duration> deadline;

    public void recordFailure(Rma rma, FailureKind kind, String note, Instant at) {
        FulfilmentFailure failure = new FulfilmentFailure(rma, kind, at, note);
        em.persist(failure);
        em.flush();
        failed.fire(new FulfilmentFailed(
                failure.id(),
                rma.number(),
                rma.customer().username(),
                rma.unit().modelCode() + " " + rma.unit().serial(),
                kind,
                note));
        long failures = em.createQuery("select count(f) from FulfilmentFailure f where f.unitId = :unit", Long.class)
                .setParameter("unit", rma.unit().id())
                .getSingleResult();
        if (failures >= FAILURES_BEFORE_ESCALATION && rma.escalatedTo().isEmpty()) {
            Instant due = at.plus(deadline.orElse(Duration.ofHours(deadlineHours)));
            rma.escalate(owner, due, at);
            escalated.fire(new RmaEscalated(rma.number(), rma.customer().username(), owner, due));
        }
    }
}

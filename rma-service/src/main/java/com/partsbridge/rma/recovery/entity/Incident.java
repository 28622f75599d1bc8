package com.partsbridge.rma.recovery.entity;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Something that went wrong for many customers at once, e.g. the site was down from 10:00 to 14:00. */
@Entity
@Table(name = "rcv_incident")
public class Incident {

    @Id
    @SequenceGenerator(name = "rcv_incident_seq", sequenceName = "rcv_incident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rcv_incident_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "declared_by", nullable = false, length = 60)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentStatus status = IncidentStatus.CONFIRMED;

    /** The journey that failed, for an incident detection found; null for one staff declared. */
    @Column(length = 30)
    private String journey;

    /** The journey while PROPOSED, null after: unique, so there is one open proposal per journey. */
    @Column(name = "open_journey", length = 30)
    private String openJourney;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "declaration_key", length = 60)
    private String declarationKey;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "rcv_incident_customer", joinColumns = @JoinColumn(name = "incident_id"))
    @MapKeyColumn(name = "customer_username", length = 60)
    private Map<String, Affected> affected = new HashMap<>();

    protected Incident() {
        // for JPA
    }

    public Incident(
            String title,
            String description,
            Instant startedAt,
            Instant endedAt,
            String declaredBy,
            Instant declaredAt) {
        if (!endedAt.isAfter(startedAt)) {
            throw new InvalidInputException("endedAt", "an incident ends after it starts");
        }
        // the columns' limits, for callers that do not go through the validated API (the staff page)
        if (title.trim().length() > 120) {
            throw new InvalidInputException("title", "a title is at most 120 characters");
        }
        if (description.trim().length() > 1000) {
            throw new InvalidInputException("description", "a description is at most 1000 characters");
        }
        this.title = title.trim();
        this.description = description.trim();
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    /** An incident staff declare: confirmed at once, for exactly {@code customers}. */
    public static Incident declared(
            String title,
            String description,
            Instant startedAt,
            Instant endedAt,
            String declaredBy,
            Instant at,
            String declarationKey,
            Collection<String> customers) {
        Incident incident = new Incident(title, description, startedAt, endedAt, declaredBy, at);
        incident.declarationKey = declarationKey;
        incident.decidedBy = declaredBy;
        incident.decidedAt = at;
        customers.forEach(c -> incident.affected.put(c, new Affected(0, false)));
        return incident;
    }

    /** An incident detection found: proposed to staff, nobody told yet. */
    public static Incident proposed(
            String journey, String title, String description, Instant startedAt, Instant endedAt, Instant at) {
        Incident incident = new Incident(title, description, startedAt, endedAt, "system", at);
        incident.status = IncidentStatus.PROPOSED;
        incident.journey = journey;
        incident.openJourney = journey;
        return incident;
    }

    /**
     * Detection saw {@code failures} for the customer within this incident's window. A customer staff removed
     * stays removed; the count is the window's, so it replaces the earlier one.
     */
    public void counted(String customer, int failures) {
        requireProposed();
        Affected now = affected.get(customer);
        if (now == null || !now.excluded() && now.failures() != failures) {
            affected.put(customer, new Affected(failures, false));
        }
    }

    /** A proposal is extended while its journey keeps failing, instead of a second proposal. */
    public void extendTo(Instant end) {
        requireProposed();
        if (end.isAfter(endedAt)) {
            endedAt = end;
        }
    }

    /** Staff correct a proposal: title, text and exactly who is affected. */
    public void amend(String newTitle, String newDescription, Collection<String> customers) {
        requireProposed();
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidInputException("title", "a title is required");
        }
        if (newDescription == null || newDescription.isBlank()) {
            throw new InvalidInputException("description", "say what happened");
        }
        Incident checked = new Incident(newTitle, newDescription, startedAt, endedAt, declaredBy, declaredAt);
        title = checked.title;
        description = checked.description;
        affected.replaceAll((customer, a) ->
                customers.contains(customer) ? new Affected(a.failures(), false) : new Affected(a.failures(), true));
        customers.forEach(c -> affected.putIfAbsent(c, new Affected(0, false)));
    }

    /**
     * Confirms a proposal; false (and nothing changes) when it was already confirmed, so a second confirmation,
     * or staff and the auto-confirm at once, tell nobody twice.
     */
    public boolean confirm(String by, Instant at) {
        if (status == IncidentStatus.CONFIRMED) {
            return false;
        }
        requireProposed();
        if (affectedCustomers().isEmpty()) {
            throw new ConflictException(
                    "incident-without-customers", "add at least one affected customer, or dismiss it");
        }
        decide(IncidentStatus.CONFIRMED, by, at);
        return true;
    }

    public void dismiss(String by, Instant at) {
        requireProposed();
        decide(IncidentStatus.DISMISSED, by, at);
    }

    private void decide(IncidentStatus decided, String by, Instant at) {
        status = decided;
        openJourney = null;
        decidedBy = by;
        decidedAt = at;
    }

    private void requireProposed() {
        if (status != IncidentStatus.PROPOSED) {
            throw new ConflictException(
                    "incident-not-proposed",
                    "incident " + id + " is " + status.name().toLowerCase() + ": only a proposed incident changes");
        }
    }

    /** The customers to tell, by name, with the failures detection saw. */
    public Map<String, Integer> affectedCustomers() {
        Map<String, Integer> customers = new TreeMap<>();
        affected.forEach((customer, a) -> {
            if (!a.excluded()) {
                customers.put(customer, a.failures());
            }
        });
        return customers;
    }

    public IncidentStatus status() {
        return status;
    }

    public Optional<String> journey() {
        return Optional.ofNullable(journey);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String declaredBy() {
        return declaredBy;
    }
}

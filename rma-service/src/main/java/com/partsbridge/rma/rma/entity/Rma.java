package com.partsbridge.rma.rma.entity;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.rma.customer.entity.Customer;
import com.partsbridge.rma.customer.entity.RegisteredUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A return merchandise authorization: a customer's request for parts for one registered unit, and its
 * way from request to closing. Every move is checked against {@link RmaState} and written to the audit trail.
 */
@Entity
@Table(name = "rma_rma")
public class Rma {

    static final int MAX_NOTE = 500;

    @Id
    @SequenceGenerator(name = "rma_rma_seq", sequenceName = "rma_rma_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rma_rma_seq")
    private Long id;

    @Column(name = "rma_number", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private RegisteredUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RmaState state;

    @Column(name = "in_warranty", nullable = false)
    private boolean inWarranty;

    @Column(name = "return_required", nullable = false)
    private boolean returnRequired;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "promised_ship_by")
    private LocalDate promisedShipBy;

    @Column(name = "late_flagged", nullable = false)
    private boolean lateFlagged;

    @Column(name = "escalated_to", length = 120)
    private String escalatedTo;

    @Column(name = "escalation_deadline")
    private Instant escalationDeadline;

    @OneToMany(mappedBy = "rma", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<RmaLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "rma", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<RmaEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected Rma() {
        // for JPA
    }

    /** {@code sequenceNumber} gives the public number: RMA-2026-000051. */
    public Rma(
            long sequenceNumber,
            Customer customer,
            RegisteredUnit unit,
            List<RmaLine> lines,
            boolean inWarranty,
            Instant at,
            LocalDate promisedShipBy) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "an RMA needs at least one part");
        }
        this.number = "RMA-%d-%06d".formatted(at.atZone(ZoneOffset.UTC).getYear(), sequenceNumber);
        this.customer = customer;
        this.unit = unit;
        this.inWarranty = inWarranty;
        this.requestedAt = at;
        this.promisedShipBy = promisedShipBy;
        this.state = RmaState.REQUESTED;
        for (RmaLine line : lines) {
            line.belongTo(this, this.lines.size() + 1);
            this.lines.add(line);
        }
        history.add(new RmaEvent(this, at, customer.username(), null, RmaState.REQUESTED, "requested"));
    }

    /**
     * Refuses to act on what the caller saw if someone changed the RMA since, naming who changed it last (from
     * the audit trail) so the caller knows whom to ask.
     */
    public void requireVersion(long seen) {
        if (seen != version) {
            String by = history.isEmpty()
                    ? ""
                    : " by " + history.get(history.size() - 1).actor();
            throw new ConflictException(
                    "stale-rma",
                    number + " was changed" + by + " since you loaded it (version " + seen + ", now " + version
                            + "); reload and try again");
        }
    }

    /** What can be done to this RMA now; nothing once it is finished. */
    public List<RmaAction> allowedActions() {
        return RmaAction.in(state);
    }

    public void verify(String rep, String note, Instant at) {
        requireAllowed(RmaAction.VERIFY);
        move(RmaState.VERIFIED, rep, note == null ? "part fits the registered unit" : note, at);
    }

    public void approve(String rep, boolean oldPartMustComeBack, String note, Instant at) {
        requireAllowed(RmaAction.APPROVE);
        move(RmaState.APPROVED, rep, note, at);
        this.returnRequired = oldPartMustComeBack;
    }

    public void reject(String rep, String reason, Instant at) {
        requireAllowed(RmaAction.REJECT);
        requireReason(reason);
        move(RmaState.REJECTED, rep, reason, at);
    }

    public void cancel(String actor, String reason, Instant at) {
        requireAllowed(RmaAction.CANCEL);
        move(RmaState.CANCELLED, actor, reason, at);
    }

    public void ship(String rep, String note, Instant at) {
        requireAllowed(RmaAction.SHIP);
        move(RmaState.SHIPPED, rep, note, at);
    }

    /** Delivered; where the old part must come back, the RMA then waits for it. */
    public void deliver(String actor, Instant at) {
        requireAllowed(RmaAction.DELIVER);
        move(RmaState.DELIVERED, actor, "delivered", at);
        if (returnRequired) {
            move(RmaState.RETURN_EXPECTED, actor, "the old part must come back", at);
        }
    }

    public void receiveReturn(String rep, Instant at) {
        requireAllowed(RmaAction.RECEIVE_RETURN);
        move(RmaState.RETURN_RECEIVED, rep, "old part received", at);
    }

    public void close(String actor, Instant at) {
        requireAllowed(RmaAction.CLOSE);
        move(RmaState.CLOSED, actor, "closed", at);
    }

    /** The shipment never arrived: back to approved so a replacement ships. */
    public void reportLost(String actor, String why, Instant at) {
        reship(RmaAction.REPORT_LOST, actor, why, at);
    }

    /** The customer received a part other than the approved one: back to approved so the right one ships. */
    public void reportWrongDelivery(String actor, String why, Instant at) {
        reship(RmaAction.REPORT_WRONG_DELIVERY, actor, why, at);
    }

    private void reship(RmaAction failure, String actor, String why, Instant at) {
        requireAllowed(failure);
        requireReason(why);
        move(RmaState.APPROVED, actor, why, at);
    }

    /** Hands the case to a named senior owner with a deadline the customer can see. */
    public void escalate(String owner, Instant deadline, Instant at) {
        if (escalatedTo != null) {
            return;
        }
        this.escalatedTo = owner;
        this.escalationDeadline = deadline;
        history.add(new RmaEvent(this, at, "system", state, state, "escalated to " + owner));
    }

    /**
     * Needs attention now: not shipped by the promised day, or open past its escalation deadline. (The reps'
     * queue filters by the same rule in {@code RmaQueries}.)
     */
    public boolean isOverdue(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        boolean unshipped = state == RmaState.REQUESTED || state == RmaState.VERIFIED || state == RmaState.APPROVED;
        return unshipped && isLateOn(today)
                || state.isOpen() && escalationDeadline != null && escalationDeadline.isBefore(now);
    }

    /** Whether shipping on this day breaks the promise made at request. */
    public boolean isLateOn(LocalDate day) {
        return promisedShipBy != null && day.isAfter(promisedShipBy);
    }

    /**
     * Marks the broken promise once: true the first time an unshipped RMA is seen late on {@code day}. The
     * flag is part of the versioned RMA, so two nodes flagging at once conflict and only one counts it.
     */
    public boolean flagLate(LocalDate day) {
        boolean unshipped = state == RmaState.REQUESTED || state == RmaState.VERIFIED || state == RmaState.APPROVED;
        if (lateFlagged || !isLateOn(day) || (!unshipped && state != RmaState.SHIPPED)) {
            return false;
        }
        lateFlagged = true;
        return true;
    }

    /** Refuses, as a conflict, an action that makes no sense in the current state (approving a shipped part). */
    public void requireAllowed(RmaAction action) {
        if (!action.allowedIn(state)) {
            throw new ConflictException(
                    "illegal-transition",
                    number + " is " + state + ": " + action.name().toLowerCase().replace('_', ' ')
                            + " is not possible now");
        }
    }

    /** Refuses, as a conflict, a move the state machine does not allow from here. */
    public void requireMovableTo(RmaState next) {
        if (!state.canMoveTo(next)) {
            throw new ConflictException("illegal-transition", number + " is " + state + " and cannot become " + next);
        }
    }

    private void move(RmaState next, String actor, String note, Instant at) {
        requireMovableTo(next);
        if (note != null && note.length() > MAX_NOTE) { // the audit trail's column; checked here for every caller
            throw new InvalidInputException("note", "a note is at most " + MAX_NOTE + " characters");
        }
        history.add(new RmaEvent(this, at, actor, state, next, note));
        this.state = next;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a reason is required");
        }
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Customer customer() {
        return customer;
    }

    public RegisteredUnit unit() {
        return unit;
    }

    public RmaState state() {
        return state;
    }

    public boolean inWarranty() {
        return inWarranty;
    }

    public boolean returnRequired() {
        return returnRequired;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate promisedShipBy() {
        return promisedShipBy;
    }

    public Optional<String> escalatedTo() {
        return Optional.ofNullable(escalatedTo);
    }

    public Optional<Instant> escalationDeadline() {
        return Optional.ofNullable(escalationDeadline);
    }

    public List<RmaLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<RmaEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public long version() {
        return version;
    }
}

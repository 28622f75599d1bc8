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
import java.math.BigDecimal;
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

    /** The delivery promise in working days (see {@code DeliveryPromises}); null on RMAs made before it. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_warned", nullable = false)
    private boolean dueWarned;

    @Column(name = "breached_on")
    private LocalDate breachedOn;

    /** An advance replacement's old part is due back by this day (set when the part ships). */
    @Column(name = "return_due_on")
    private LocalDate returnDueOn;

    /** The day the customer was told their old part is overdue (once). */
    @Column(name = "return_reminded_on")
    private LocalDate returnRemindedOn;

    /** We shipped a part other than the approved one on this RMA: no return is asked of the customer after that. */
    @Column(name = "wrong_part_shipped", nullable = false)
    private boolean wrongPartShipped;

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

    /** What a person can do to this RMA now; nothing once it is finished. */
    public List<RmaAction> allowedActions() {
        return RmaAction.byPeopleIn(state);
    }

    public void verify(String rep, String note, Instant at) {
        requireAllowed(RmaAction.VERIFY);
        move(RmaState.VERIFIED, rep, note == null ? "part fits the registered unit" : note, at);
    }

    /** Approves as before resolutions: the old part back (replace) or not (keep it), with no automatic rule. */
    public void approve(String rep, boolean oldPartMustComeBack, String note, Instant at) {
        approve(
                rep,
                oldPartMustComeBack ? Resolution.REPLACE : Resolution.KEEP_IT,
                List.of(),
                ResolutionRules.DEFAULTS,
                note,
                at);
    }

    /**
     * Approves with one resolution for every line, each valued at its part's list price ({@code valuesEach} in
     * line order; a line without one is not subject to the keep-it value rule). The resolution and any automatic
     * keep-it are written in the approval's own audit line. A refund or store credit settles each line's value
     * at once and closes the RMA: the lines settled now are returned, for their notices.
     */
    public List<RmaLine> approve(
            String rep,
            Resolution chosen,
            List<BigDecimal> valuesEach,
            ResolutionRules rules,
            String note,
            Instant at) {
        requireAllowed(RmaAction.APPROVE);
        String decided = resolveLines(null, chosen, valuesEach, rules);
        move(RmaState.APPROVED, rep, joined(decided, note), at);
        return chosen.paysOut() ? settle(rep, null, at) : List.of();
    }

    /**
     * Changes the resolution of one line ({@code lineNo}) or of all (null) after approval, before the part
     * ships; audited. A refund or store credit must then hold for every line: it settles them and closes the RMA
     * (returned: the lines settled now). Refused as a conflict in any other state.
     */
    public List<RmaLine> chooseResolution(
            Integer lineNo,
            Resolution chosen,
            List<BigDecimal> valuesEach,
            ResolutionRules rules,
            String rep,
            String note,
            Instant at) {
        if (!RmaAction.SETTLE.allowedIn(state)) {
            throw new ConflictException(
                    "illegal-transition",
                    number + " is " + state + ": a resolution is chosen once approved and before the part ships");
        }
        String decided = resolveLines(lineNo, chosen, valuesEach, rules);
        if (chosen.paysOut()) {
            return settle(rep, joined(decided, note), at);
        }
        history.add(new RmaEvent(this, at, rep, state, state, joined(decided, note)));
        return List.of();
    }

    /**
     * Sets the lines' resolutions (all, or line {@code lineNo}), applying the automatic keep-it rule, and says
     * what was decided in words for the audit trail. Money and shipment do not mix on one RMA: a refund or store
     * credit must hold for every line.
     */
    private String resolveLines(Integer lineNo, Resolution chosen, List<BigDecimal> valuesEach, ResolutionRules rules) {
        if (chosen == null) {
            throw new InvalidInputException("resolution", "choose a resolution");
        }
        if (lineNo != null && (lineNo < 1 || lineNo > lines.size())) {
            throw new InvalidInputException("lineNo", number + " has lines 1 to " + lines.size());
        }
        for (RmaLine line : lines) {
            boolean target = lineNo == null || line.lineNo() == lineNo;
            Resolution after = target ? chosen : line.resolution().orElse(Resolution.REPLACE);
            if (after.paysOut() != chosen.paysOut()) {
                throw new InvalidInputException(
                        "resolution",
                        "a refund or store credit settles the whole RMA: choose it for every line, or for none");
            }
        }
        List<String> said = new ArrayList<>();
        for (RmaLine line : lines) {
            if (lineNo != null && line.lineNo() != lineNo) {
                continue;
            }
            int i = line.lineNo() - 1;
            BigDecimal valueEach = i < valuesEach.size() ? valuesEach.get(i) : null;
            Resolution effective = valueEach == null && !wrongPartShipped
                    ? chosen
                    : rules.effective(chosen, valueEach == null ? rules.keepItBelow() : valueEach, wrongPartShipped);
            line.resolve(effective, valueEach);
            String words = (lines.size() > 1 ? "line " + line.lineNo() + ": " : "") + describe(effective);
            if (effective != chosen) {
                words += wrongPartShipped
                        ? " (we shipped a wrong part: no return asked)"
                        : " (worth " + valueEach.toPlainString() + " "
                                + line.unitPrice().currency() + " each, less than its return costs)";
            }
            said.add(words);
        }
        returnRequired = lines.stream()
                .anyMatch(l -> l.resolution().map(Resolution::expectsReturn).orElse(false));
        return "resolution: " + String.join("; ", said);
    }

    private static String describe(Resolution r) {
        return switch (r) {
            case REPLACE -> "replace, the old part comes back";
            case ADVANCE_REPLACEMENT -> "advance replacement, the old part is due back by a date";
            case KEEP_IT -> "keep it, no charge";
            case REFUND -> "refund";
            case STORE_CREDIT -> "store credit";
        };
    }

    /** Refund or store credit: each line's value once, then closed. */
    private List<RmaLine> settle(String rep, String note, Instant at) {
        requireAllowed(RmaAction.SETTLE);
        List<RmaLine> settled = new ArrayList<>();
        for (RmaLine line : lines) {
            Settlement how = Settlement.paying(line.resolution().orElseThrow());
            if (line.settle(how, at)) {
                settled.add(line);
            }
        }
        String paid = settled.stream()
                .map(l -> (l.settlement().orElseThrow() == Settlement.REFUND ? "refunded " : "store credit of ")
                        + l.settled().orElseThrow())
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing more to pay");
        move(RmaState.CLOSED, rep, joined(note == null ? null : note, paid), at);
        return settled;
    }

    /** An advance replacement has shipped: its old part is due back by {@code day} (nothing for other lines). */
    public void expectAdvanceReturnBy(LocalDate day) {
        if (lines.stream().anyMatch(l -> l.resolution().orElse(null) == Resolution.ADVANCE_REPLACEMENT)) {
            this.returnDueOn = day;
            this.returnRemindedOn = null;
        }
    }

    /**
     * Tells the customer once that their advance replacement's old part is overdue: true the first time an RMA
     * still waiting for it is seen after its due day. On the audit trail; versioned with the RMA, so two rounds
     * at once conflict and only one tells.
     */
    public boolean remindOverdueReturn(LocalDate today, Instant at) {
        if (state != RmaState.RETURN_EXPECTED
                || returnDueOn == null
                || returnRemindedOn != null
                || !today.isAfter(returnDueOn)) {
            return false;
        }
        returnRemindedOn = today;
        history.add(new RmaEvent(
                this, at, "system", state, state, "return overdue since " + returnDueOn + ": customer told"));
        return true;
    }

    /**
     * The old part is still not back {@code graceDays} after the customer was told: each advance-replaced line's
     * value is charged or written off (the rule), once, and the RMA closes. Returns the lines settled now (none
     * before the grace is over, none the second time).
     */
    public List<RmaLine> settleUnreturned(LocalDate today, ResolutionRules rules, Instant at) {
        if (state != RmaState.RETURN_EXPECTED
                || returnRemindedOn == null
                || today.isBefore(returnRemindedOn.plusDays(rules.graceDays()))) {
            return List.of();
        }
        requireAllowed(RmaAction.SETTLE_UNRETURNED);
        List<RmaLine> settled = new ArrayList<>();
        for (RmaLine line : lines) {
            if (line.resolution().orElse(null) == Resolution.ADVANCE_REPLACEMENT
                    && line.settle(rules.unreturned(), at)) {
                settled.add(line);
            }
        }
        String what = rules.unreturned() == Settlement.CHARGE ? "charged " : "written off as a credit: ";
        move(
                RmaState.CLOSED,
                "system",
                "old part not back by " + returnDueOn + ": "
                        + settled.stream()
                                .map(l -> what + l.settled().orElseThrow())
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("nothing to settle"),
                at);
        return settled;
    }

    private static String joined(String first, String second) {
        String text = first == null || first.isBlank()
                ? second
                : second == null || second.isBlank() ? first : first + "; " + second;
        return text != null && text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE) : text;
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
        ship(rep, note, at, List.of());
    }

    /** Ships, recording per line (in line order) the serial or lot scanned on the packed part, if any. */
    public void ship(String rep, String note, Instant at, List<Optional<String>> serials) {
        requireAllowed(RmaAction.SHIP);
        move(RmaState.SHIPPED, rep, note, at);
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).recordShipped(i < serials.size() ? serials.get(i) : Optional.empty());
        }
    }

    /** Delivered; where the old part must come back, the RMA then waits for it. */
    public void deliver(String actor, Instant at) {
        requireAllowed(RmaAction.DELIVER);
        move(RmaState.DELIVERED, actor, "delivered", at);
        if (returnRequired) {
            move(
                    RmaState.RETURN_EXPECTED,
                    actor,
                    "the old part must come back" + (returnDueOn == null ? "" : " by " + returnDueOn),
                    at);
        }
    }

    public void receiveReturn(String rep, Instant at) {
        requireAllowed(RmaAction.RECEIVE_RETURN);
        move(RmaState.RETURN_RECEIVED, rep, "old part received", at);
    }

    /** Receives the old part, recording the serial or lot it carries on the line it was asked for by. */
    public void receiveReturn(String rep, Instant at, String returnedPart, Optional<String> serial) {
        requireAllowed(RmaAction.RECEIVE_RETURN);
        move(
                RmaState.RETURN_RECEIVED,
                rep,
                "old part received" + serial.map(s -> ", serial " + s).orElse(""),
                at);
        lines.stream()
                .filter(l -> l.requestedPart().equals(returnedPart))
                .findFirst()
                .ifPresent(l -> l.recordReturned(serial));
    }

    /** Promises delivery by {@code day} (a number of working days from the request; see DeliveryPromises). */
    public void promiseDeliveryBy(LocalDate day) {
        this.dueOn = day;
    }

    /**
     * Warns the owner once that the delivery promise is close: true the first time an undelivered RMA is seen
     * on or after {@code warnFrom}. Recorded on the audit trail, so the desk sees who was told and when.
     */
    public boolean warnDueSoon(LocalDate today, LocalDate warnFrom, Instant at) {
        if (dueOn == null || dueWarned || breachedOn != null || !awaitsDelivery() || today.isBefore(warnFrom)) {
            return false;
        }
        dueWarned = true;
        history.add(new RmaEvent(this, at, "system", state, state, "delivery due by " + dueOn + ": warning sent"));
        return true;
    }

    /**
     * Records the broken delivery promise once: true the first time an undelivered RMA is seen after its due
     * day. Versioned with the RMA, so two nodes recording at once conflict and only one counts it.
     */
    public boolean breachDue(LocalDate today, Instant at) {
        if (dueOn == null || breachedOn != null || !awaitsDelivery() || !today.isAfter(dueOn)) {
            return false;
        }
        breachedOn = today;
        history.add(new RmaEvent(this, at, "system", state, state, "delivery promise of " + dueOn + " broken"));
        return true;
    }

    /** Still owed to the customer: not yet delivered, and not ended. */
    public boolean awaitsDelivery() {
        return state == RmaState.REQUESTED
                || state == RmaState.VERIFIED
                || state == RmaState.APPROVED
                || state == RmaState.SHIPPED;
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
        String keep = "";
        if (failure == RmaAction.REPORT_WRONG_DELIVERY) { // our mistake: no return is asked of the customer now
            wrongPartShipped = true;
            boolean asked = returnRequired;
            for (RmaLine line : lines) {
                if (line.resolution().map(Resolution::expectsReturn).orElse(false)) {
                    line.resolve(Resolution.KEEP_IT, line.valueEach());
                }
            }
            returnRequired = false;
            keep = asked ? "; keep the old part, no charge" : "";
        }
        returnDueOn = null;
        returnRemindedOn = null;
        move(RmaState.APPROVED, actor, joined(why + keep, null), at);
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

    public Optional<LocalDate> returnDueOn() {
        return Optional.ofNullable(returnDueOn);
    }

    public Optional<LocalDate> returnRemindedOn() {
        return Optional.ofNullable(returnRemindedOn);
    }

    public boolean wrongPartShipped() {
        return wrongPartShipped;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate promisedShipBy() {
        return promisedShipBy;
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public boolean dueWarned() {
        return dueWarned;
    }

    public Optional<LocalDate> breachedOn() {
        return Optional.ofNullable(breachedOn);
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

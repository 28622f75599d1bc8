package com.partsbridge.tradein.quote.entity;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A trade-in credit quoted to a customer for one registered unit: accepted before it expires, it yields a credit
 * code. A unit has at most one open quote and at most one credit: {@code openUnitId} and {@code creditUnitId}
 * carry the unit while the quote is open or credited, under unique keys, so the database refuses a second one
 * even when two requests race. A newer quote for the unit closes the open one as SUPERSEDED (or EXPIRED).
 */
@Entity
@Table(name = "trd_quote")
public class TradeInQuote {

    public enum State {
        QUOTED,
        ACCEPTED,
        RECEIVED,
        SUPERSEDED,
        EXPIRED
    }

    @Id
    @SequenceGenerator(name = "trd_quote_seq", sequenceName = "trd_quote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_quote_seq")
    private Long id;

    @Column(name = "customer_username", nullable = false, length = 60)
    private String customer;

    /** rma-service's registered unit; null only on quotes made before quotes were tied to units. */
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "open_unit_id")
    private Long openUnitId;

    @Column(name = "credit_unit_id")
    private Long creditUnitId;

    @Column(name = "model_code", nullable = false, length = 40)
    private String modelCode;

    @Column(nullable = false, length = 40)
    private String serial;

    @Column(name = "purchased_on", nullable = false)
    private LocalDate purchasedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private ConditionGrade grade;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "credit", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money credit;

    @Column(name = "successor_code", nullable = false, length = 40)
    private String successorCode;

    @Column(name = "quoted_at", nullable = false)
    private Instant quotedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.QUOTED;

    @Column(name = "credit_code", unique = true, length = 40)
    private String creditCode;

    @Column(length = 300)
    private String note;

    @Version
    private long version;

    protected TradeInQuote() {
        // for JPA
    }

    public TradeInQuote(
            String customer,
            long unitId,
            String modelCode,
            String serial,
            LocalDate purchasedOn,
            ConditionGrade grade,
            Money credit,
            String successorCode,
            Instant quotedAt,
            Instant expiresAt) {
        this.customer = customer;
        this.unitId = unitId;
        this.openUnitId = unitId;
        this.modelCode = modelCode;
        this.serial = serial;
        this.purchasedOn = purchasedOn;
        this.grade = grade;
        this.credit = credit;
        this.successorCode = successorCode;
        this.quotedAt = quotedAt;
        this.expiresAt = expiresAt;
    }

    /** Accepts the quote while it is valid; the credit code is what the customer spends on the successor. */
    public void accept(String code, Instant at) {
        if (state != State.QUOTED) {
            throw new ConflictException("quote-not-open", "quote " + id + " is " + state + " already");
        }
        if (!at.isBefore(expiresAt)) {
            throw new RuleViolationException(
                    "quote-expired", "quote " + id + " expired on " + expiresAt + "; ask for a new quote");
        }
        // the credit granted is the credit quoted: nothing is recomputed here
        this.creditCode = code;
        this.state = State.ACCEPTED;
        this.openUnitId = null;
        this.creditUnitId = unitId;
    }

    /**
     * A newer quote for the same unit closes this open one: EXPIRED if its time had run out anyway, SUPERSEDED
     * otherwise. The row stays, with the reason in its note.
     */
    public void closeForNewerQuote(Instant at) {
        if (state != State.QUOTED) {
            throw new ConflictException("quote-not-open", "quote " + id + " is " + state + " already");
        }
        boolean expired = !at.isBefore(expiresAt);
        this.state = expired ? State.EXPIRED : State.SUPERSEDED;
        this.openUnitId = null;
        this.note = (expired ? "expired on " + expiresAt + "; " : "") + "superseded by a newer quote for unit " + unitId
                + " on " + at;
    }

    /** The unit arrived: if it is not in the condition described, the credit follows the condition found. */
    public void receive(ConditionGrade found, Money recomputed) {
        if (state != State.ACCEPTED) {
            throw new ConflictException("quote-not-accepted", "quote " + id + " is " + state + ", not ACCEPTED");
        }
        if (found != grade) {
            this.note = "re-graded from " + grade + " to " + found + " on receipt; credit " + credit + " became "
                    + recomputed;
            this.grade = found;
            this.credit = recomputed;
        }
        this.state = State.RECEIVED;
    }

    public boolean isOwnedBy(String username) {
        return customer.equals(username);
    }

    public Long id() {
        return id;
    }

    public String customer() {
        return customer;
    }

    public Optional<Long> unitId() {
        return Optional.ofNullable(unitId);
    }

    public boolean isOpen() {
        return state == State.QUOTED;
    }

    /** Accepted or received: the unit's credit exists. */
    public boolean isCredited() {
        return state == State.ACCEPTED || state == State.RECEIVED;
    }

    public String modelCode() {
        return modelCode;
    }

    public String serial() {
        return serial;
    }

    public LocalDate purchasedOn() {
        return purchasedOn;
    }

    public ConditionGrade grade() {
        return grade;
    }

    public Money credit() {
        return credit;
    }

    public String successorCode() {
        return successorCode;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public State state() {
        return state;
    }

    public Optional<String> creditCode() {
        return Optional.ofNullable(creditCode);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public long version() {
        return version;
    }
}

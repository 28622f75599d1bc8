package com.partsbridge.tradein.referral.entity;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.Money;
import com.partsbridge.tradein.partner.entity.Offer;
import com.partsbridge.tradein.partner.entity.Partner;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A customer we sent to a partner for a part; a fulfilled referral earns us the partner's royalty. */
@Entity
@Table(name = "trd_referral")
public class Referral {

    public enum State {
        ISSUED,
        ACCEPTED,
        FULFILLED,
        DECLINED
    }

    private static final Map<State, Set<State>> NEXT = Map.of(
            State.ISSUED, Set.of(State.ACCEPTED, State.DECLINED),
            State.ACCEPTED, Set.of(State.FULFILLED, State.DECLINED),
            State.FULFILLED, Set.of(),
            State.DECLINED, Set.of());

    @Id
    @SequenceGenerator(name = "trd_referral_seq", sequenceName = "trd_referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_referral_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private Offer offer;

    @Column(name = "customer_username", nullable = false, length = 60)
    private String customer;

    @Column(name = "our_part_number", nullable = false, length = 40)
    private String ourPartNumber;

    @Column(name = "partner_part_number", nullable = false, length = 60)
    private String partnerPartNumber;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "sale_price", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money salePrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.ISSUED;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(precision = 12, scale = 2)
    private java.math.BigDecimal royalty;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<ReferralEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected Referral() {
        // for JPA
    }

    public Referral(Offer offer, String customer, Instant at) {
        this.offer = offer;
        this.partner = offer.partner();
        this.customer = customer;
        this.ourPartNumber = offer.ourPartNumber();
        this.partnerPartNumber = offer.partnerPartNumber();
        this.salePrice = offer.terms().price();
        this.issuedAt = at;
        this.changedAt = at;
        this.changedBy = customer;
        history.add(new ReferralEvent(this, at, customer, null, State.ISSUED));
    }

    /** The partner reports progress; a fulfilment accrues sale price times the partner's royalty rate. */
    public void report(State next, String actor, Instant at) {
        if (!NEXT.get(state).contains(next)) {
            throw new ConflictException(
                    "illegal-transition", "referral " + id + " is " + state + " and cannot become " + next);
        }
        history.add(new ReferralEvent(this, at, actor, state, next));
        this.state = next;
        this.changedAt = at;
        this.changedBy = actor;
        if (next == State.FULFILLED) {
            this.fulfilledAt = at;
            this.royalty = salePrice.amount().multiply(partner.royaltyRate()).setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    public Long id() {
        return id;
    }

    public Partner partner() {
        return partner;
    }

    public String customer() {
        return customer;
    }

    public String ourPartNumber() {
        return ourPartNumber;
    }

    public String partnerPartNumber() {
        return partnerPartNumber;
    }

    public Money salePrice() {
        return salePrice;
    }

    public State state() {
        return state;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Optional<Money> royalty() {
        return Optional.ofNullable(royalty).map(r -> Money.of(r, salePrice.currency()));
    }

    public List<ReferralEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public Optional<Instant> fulfilledAt() {
        return Optional.ofNullable(fulfilledAt);
    }
}

package com.partsbridge.tradein.referral.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a referral's audit trail. */
@Entity
@Table(name = "trd_referral_event")
public class ReferralEvent {

    @Id
    @SequenceGenerator(name = "trd_referral_event_seq", sequenceName = "trd_referral_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_referral_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private Referral referral;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private Referral.State from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private Referral.State to;

    protected ReferralEvent() {
        // for JPA
    }

    ReferralEvent(Referral referral, Instant at, String actor, Referral.State from, Referral.State to) {
        this.referral = referral;
        this.occurredAt = at;
        this.actor = actor;
        this.from = from;
        this.to = to;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Referral.State from() {
        return from;
    }

    public Referral.State to() {
        return to;
    }
}

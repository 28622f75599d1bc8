package com.partsbridge.tradein.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a partner, kept for its audit trail: who did what, when. */
@Entity
@Table(name = "trd_partner_event")
public class PartnerEvent {

    /** What changed. */
    public enum Action {
        REGISTERED,
        RATE_LIMIT_CHANGED,
        OFFER_PUT,
        KEY_ISSUED,
        KEY_REVOKED
    }

    @Id
    @SequenceGenerator(name = "trd_partner_event_seq", sequenceName = "trd_partner_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_partner_event_seq")
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(length = 300)
    private String detail;

    protected PartnerEvent() {
        // for JPA
    }

    public PartnerEvent(long partnerId, Instant at, String actor, Action action, String detail) {
        this.partnerId = partnerId;
        this.occurredAt = at;
        this.actor = actor == null || actor.length() <= 60 ? actor : actor.substring(0, 60);
        this.action = action;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}

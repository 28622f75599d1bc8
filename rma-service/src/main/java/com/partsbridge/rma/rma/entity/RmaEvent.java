package com.partsbridge.rma.rma.entity;

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

/** One line of an RMA's audit trail: who moved it from where to where, when and why. */
@Entity
@Table(name = "rma_event")
public class RmaEvent {

    @Id
    @SequenceGenerator(name = "rma_event_seq", sequenceName = "rma_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rma_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rma_id", nullable = false)
    private Rma rma;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private RmaState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private RmaState to;

    @Column(length = 500)
    private String note;

    protected RmaEvent() {
        // for JPA
    }

    RmaEvent(Rma rma, Instant at, String actor, RmaState from, RmaState to, String note) {
        this.rma = rma;
        this.occurredAt = at;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.note = note == null || note.isBlank() ? null : note.length() > 500 ? note.substring(0, 500) : note;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public RmaState from() {
        return from;
    }

    public RmaState to() {
        return to;
    }

    public String note() {
        return note;
    }
}

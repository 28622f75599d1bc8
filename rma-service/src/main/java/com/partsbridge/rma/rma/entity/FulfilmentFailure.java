package com.partsbridge.rma.rma.entity;

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

/** A time we failed a unit's owner: wrong part, lost or late. Counted per unit for escalation. */
@Entity
@Table(name = "rma_failure")
public class FulfilmentFailure {

    @Id
    @SequenceGenerator(name = "rma_failure_seq", sequenceName = "rma_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rma_failure_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "rma_id", nullable = false)
    private Long rmaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FailureKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 500)
    private String note;

    protected FulfilmentFailure() {
        // for JPA
    }

    public FulfilmentFailure(Rma rma, FailureKind kind, Instant at, String note) {
        this.unitId = rma.unit().id();
        this.rmaId = rma.id();
        this.kind = kind;
        this.occurredAt = at;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public FailureKind kind() {
        return kind;
    }
}

package com.partsbridge.rma.casework.entity;

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

/** One line of a case's audit trail: who did what, when, and who owned the case after it. */
@Entity
@Table(name = "cs_event")
public class CaseEvent {

    @Id
    @SequenceGenerator(name = "cs_event_seq", sequenceName = "cs_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CustomerCase customerCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseEventKind kind;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(length = 300)
    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(CustomerCase customerCase, CaseEventKind kind, String actor, String owner, String note, Instant at) {
        this.customerCase = customerCase;
        this.kind = kind;
        this.actor = actor;
        this.owner = owner;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 300);
        this.at = at;
    }

    public CaseEventKind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public String owner() {
        return owner;
    }

    public String note() {
        return note;
    }

    public Instant at() {
        return at;
    }
}

package com.partsbridge.rma.recovery.entity;

import com.partsbridge.kernel.Money;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What we tell a customer when we were at fault, with the concessions that come with it. It is also the
 * mail outbox: written in the transaction that records the fault, sent afterwards, marked sent once.
 */
@Entity
@Table(name = "rcv_notice")
public class Notice {

    @Id
    @SequenceGenerator(name = "rcv_notice_seq", sequenceName = "rcv_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rcv_notice_seq")
    private Long id;

    @Column(name = "occurrence_key", nullable = false, unique = true, length = 120)
    private String occurrenceKey;

    @Column(name = "customer_username", nullable = false, length = 60)
    private String customer;

    @Column(nullable = false, length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FaultKind kind;

    @Column(name = "case_ref", nullable = false, length = 120)
    private String caseRef;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id")
    private Incident incident;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL)
    private List<Concession> concessions = new ArrayList<>();

    protected Notice() {
        // for JPA
    }

    public Notice(
            String occurrenceKey,
            String customer,
            String email,
            FaultKind kind,
            String caseRef,
            String subject,
            String body,
            Instant at,
            Incident incident) {
        this.occurrenceKey = occurrenceKey;
        this.customer = customer;
        this.email = email;
        this.kind = kind;
        this.caseRef = caseRef;
        this.subject = subject;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
        this.createdAt = at;
        this.incident = incident;
    }

    public void grant(ConcessionKind concession, Money value, Instant at) {
        concessions.add(new Concession(this, concession, value, at));
    }

    public void sent(Instant at) {
        this.sentAt = at;
    }

    /** Counts the attempt; the claim stays until it goes stale, which spaces out the retries. */
    public void failedToSend() {
        this.attempts++;
    }

    public Long id() {
        return id;
    }

    public String occurrenceKey() {
        return occurrenceKey;
    }

    public String customer() {
        return customer;
    }

    public String email() {
        return email;
    }

    public FaultKind kind() {
        return kind;
    }

    public String caseRef() {
        return caseRef;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public int attempts() {
        return attempts;
    }

    public List<Concession> concessions() {
        return Collections.unmodifiableList(concessions);
    }
}

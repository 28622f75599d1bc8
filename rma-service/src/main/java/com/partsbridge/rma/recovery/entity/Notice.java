package com.partsbridge.rma.recovery.entity;

import com.partsbridge.kernel.Money;
import com.partsbridge.rma.mail.entity.OutgoingMail;
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

/**
 * What we tell a customer when we were at fault, with the concessions that come with it. It is also the
 * mail outbox: written in the transaction that records the fault, sent afterwards, marked sent once.
 */
@Entity
@Table(name = "rcv_notice")
public class Notice extends OutgoingMail {

    @Id
    @SequenceGenerator(name = "rcv_notice_seq", sequenceName = "rcv_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rcv_notice_seq")
    private Long id;

    @Column(name = "customer_username", nullable = false, length = 60)
    private String customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FaultKind kind;

    @Column(name = "case_ref", nullable = false, length = 120)
    private String caseRef;

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
        super(occurrenceKey, email, subject, body, at);
        this.customer = customer;
        this.kind = kind;
        this.caseRef = caseRef;
        this.incident = incident;
    }

    public void grant(ConcessionKind concession, Money value, Instant at) {
        concessions.add(new Concession(this, concession, value, at));
    }

    public Long id() {
        return id;
    }

    public String customer() {
        return customer;
    }

    public FaultKind kind() {
        return kind;
    }

    public String caseRef() {
        return caseRef;
    }

    public List<Concession> concessions() {
        return Collections.unmodifiableList(concessions);
    }
}

package com.partsbridge.rma.recovery.entity;

import com.partsbridge.kernel.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A concession on a customer's account, granted with a notice; no claim step. */
@Entity
@Table(name = "rcv_concession")
public class Concession {

    @Id
    @SequenceGenerator(name = "rcv_concession_seq", sequenceName = "rcv_concession_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rcv_concession_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false)
    private Notice notice;

    @Column(name = "customer_username", nullable = false, length = 60)
    private String customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConcessionKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money value;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Concession() {
        // for JPA
    }

    Concession(Notice notice, ConcessionKind kind, Money value, Instant at) {
        this.notice = notice;
        this.customer = notice.customer();
        this.kind = kind;
        this.value = value;
        this.grantedAt = at;
    }

    public ConcessionKind kind() {
        return kind;
    }

    public Money value() {
        return value;
    }
}

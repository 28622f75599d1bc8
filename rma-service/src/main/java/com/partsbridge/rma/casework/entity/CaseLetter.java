package com.partsbridge.rma.casework.entity;

import com.partsbridge.rma.mail.entity.OutgoingMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail about a case (the acknowledgement, each climb, the answer). Like the recovery notices, it is an
 * outbox row: written in the transaction that records the case change, sent afterwards, marked sent once.
 */
@Entity
@Table(name = "cs_letter")
public class CaseLetter extends OutgoingMail {

    @Id
    @SequenceGenerator(name = "cs_letter_seq", sequenceName = "cs_letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_letter_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    protected CaseLetter() {
        // for JPA
    }

    public CaseLetter(String occurrenceKey, long caseId, String email, String subject, String body, Instant at) {
        super(occurrenceKey, email, subject, body, at);
        this.caseId = caseId;
    }

    public Long id() {
        return id;
    }
}

package com.partsbridge.rma.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of a case's thread: the customer's letter or our answer. */
@Entity
@Table(name = "cs_message")
public class CaseMessage {

    @Id
    @SequenceGenerator(name = "cs_message_seq", sequenceName = "cs_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CustomerCase customerCase;

    @Column(length = 60)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "from_customer", nullable = false)
    private boolean fromCustomer;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CaseMessage() {
        // for JPA
    }

    CaseMessage(
            CustomerCase customerCase,
            String author,
            String authorName,
            boolean fromCustomer,
            String body,
            Instant writtenAt) {
        this.customerCase = customerCase;
        this.author = author;
        this.authorName = authorName.length() > 200 ? authorName.substring(0, 200) : authorName;
        this.fromCustomer = fromCustomer;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public String authorName() {
        return authorName;
    }

    public boolean fromCustomer() {
        return fromCustomer;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}

package com.partsbridge.rma.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;

/**
 * A mail in an outbox table: written in the transaction that records what it tells, sent afterwards by
 * {@link com.partsbridge.rma.mail.control.MailOutbox}, marked sent once. Recovery notices and case letters are
 * both this; each table has these columns under these names.
 */
@MappedSuperclass
public abstract class OutgoingMail {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 4000;

    /** What the mail is about, once: a second mail for the same occurrence is refused by a unique key. */
    @Column(name = "occurrence_key", nullable = false, unique = true, length = 120)
    private String occurrenceKey;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    protected OutgoingMail() {
        // for JPA
    }

    protected OutgoingMail(String occurrenceKey, String email, String subject, String body, Instant at) {
        this.occurrenceKey = occurrenceKey;
        this.email = email;
        this.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        this.body = body.length() > BODY_MAX ? body.substring(0, BODY_MAX) : body;
        this.createdAt = at;
    }

    public void sent(Instant at) {
        this.sentAt = at;
    }

    /** Counts the attempt; the claim stays until it goes stale, which spaces out the retries. */
    public void failedToSend() {
        this.attempts++;
    }

    public String occurrenceKey() {
        return occurrenceKey;
    }

    public String email() {
        return email;
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
}

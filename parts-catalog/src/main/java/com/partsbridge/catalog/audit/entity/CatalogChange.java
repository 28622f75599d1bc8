package com.partsbridge.catalog.audit.entity;

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

/**
 * One change an admin made to the catalog: who, when, what, the value before and after. Keyed by the part
 * number or model code (no foreign key), so the trail reads without joins and outlives what it describes.
 */
@Entity
@Table(name = "cat_change")
public class CatalogChange {

    /** Longer values (a long description) are cut: the trail says what changed, not a copy of the record. */
    static final int MAX_VALUE = 200;

    @Id
    @SequenceGenerator(name = "cat_change_seq", sequenceName = "cat_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cat_change_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 10)
    private ChangeSubject subject;

    @Column(name = "subject_code", nullable = false, length = 40)
    private String subjectCode;

    @Column(name = "what", nullable = false, length = 40)
    private String what;

    @Column(name = "before_value", length = MAX_VALUE)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE)
    private String after;

    @Column(name = "actor", nullable = false, length = 80)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CatalogChange() {
        // for JPA
    }

    public CatalogChange(
            ChangeSubject subject,
            String subjectCode,
            String what,
            Object before,
            Object after,
            String actor,
            Instant at) {
        this.subject = subject;
        this.subjectCode = subjectCode;
        this.what = what;
        this.before = cut(before);
        this.after = cut(after);
        this.actor = actor == null || actor.isBlank() ? "system" : actor;
        this.occurredAt = at;
    }

    private static String cut(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE);
    }

    public ChangeSubject subject() {
        return subject;
    }

    public String subjectCode() {
        return subjectCode;
    }

    public String what() {
        return what;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}

package com.partsbridge.rma.recovery.entity;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that went wrong for many customers at once, e.g. the site was down from 10:00 to 14:00. */
@Entity
@Table(name = "rcv_incident")
public class Incident {

    @Id
    @SequenceGenerator(name = "rcv_incident_seq", sequenceName = "rcv_incident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rcv_incident_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "declared_by", nullable = false, length = 60)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Incident() {
        // for JPA
    }

    public Incident(
            String title,
            String description,
            Instant startedAt,
            Instant endedAt,
            String declaredBy,
            Instant declaredAt) {
        if (!endedAt.isAfter(startedAt)) {
            throw new InvalidInputException("endedAt", "an incident ends after it starts");
        }
        // the columns' limits, for callers that do not go through the validated API (the staff page)
        if (title.trim().length() > 120) {
            throw new InvalidInputException("title", "a title is at most 120 characters");
        }
        if (description.trim().length() > 1000) {
            throw new InvalidInputException("description", "a description is at most 1000 characters");
        }
        this.title = title.trim();
        this.description = description.trim();
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String declaredBy() {
        return declaredBy;
    }
}

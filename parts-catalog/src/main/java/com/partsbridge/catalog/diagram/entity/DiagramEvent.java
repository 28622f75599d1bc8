package com.partsbridge.catalog.diagram.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a diagram, who made it and when. Kept apart from the diagram (no foreign key), so the trail
 * of a deleted diagram stays.
 */
@Entity
@Table(name = "cat_diagram_event")
public class DiagramEvent {

    public enum Action {
        CREATED,
        DRAWING_REPLACED,
        HOTSPOTS_SET,
        DELETED
    }

    @Id
    @SequenceGenerator(name = "cat_diagram_event_seq", sequenceName = "cat_diagram_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cat_diagram_event_seq")
    private Long id;

    @Column(name = "diagram_id", nullable = false)
    private Long diagramId;

    @Column(name = "model_code", nullable = false, length = 40)
    private String modelCode;

    @Column(name = "action", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(name = "actor", nullable = false, length = 80)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "detail", length = 300)
    private String detail;

    protected DiagramEvent() {
        // for JPA
    }

    DiagramEvent(Diagram diagram, Action action, String actor, Instant at, String detail) {
        this.diagramId = diagram.id();
        this.modelCode = diagram.model().code();
        this.action = action;
        this.actor = actor == null || actor.isBlank() ? "system" : actor;
        this.occurredAt = at;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    public Action action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String detail() {
        return detail;
    }
}

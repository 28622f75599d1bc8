package com.partsbridge.rma.rma.entity;

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

/** One wrong-part check at one gate: what was expected, what was offered, and whether it passed. */
@Entity
@Table(name = "rma_gate_check")
public class GateCheck {

    @Id
    @SequenceGenerator(name = "rma_gate_check_seq", sequenceName = "rma_gate_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rma_gate_check_seq")
    private Long id;

    @Column(name = "rma_number", length = 20)
    private String rmaNumber;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Gate gate;

    @Column(nullable = false)
    private boolean passed;

    @Column(nullable = false, length = 500)
    private String expected;

    @Column(nullable = false, length = 40)
    private String actual;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(nullable = false, length = 60)
    private String actor;

    protected GateCheck() {
        // for JPA
    }

    public GateCheck(
            String rmaNumber,
            Long unitId,
            Gate gate,
            boolean passed,
            String expected,
            String actual,
            Instant at,
            String actor) {
        this.rmaNumber = rmaNumber;
        this.unitId = unitId;
        this.gate = gate;
        this.passed = passed;
        this.expected = expected == null ? "-" : expected;
        this.actual = actual == null ? "-" : actual;
        this.checkedAt = at;
        this.actor = actor;
    }

    public String rmaNumber() {
        return rmaNumber;
    }

    public Gate gate() {
        return gate;
    }

    public boolean passed() {
        return passed;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String actor() {
        return actor;
    }
}

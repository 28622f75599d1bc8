package com.partsbridge.rma.recovery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One customer's part in an incident: the failures detection saw (0 when staff added them), or removed. */
@Embeddable
public class Affected {

    @Column(nullable = false)
    private int failures;

    @Column(nullable = false)
    private boolean excluded;

    protected Affected() {
        // for JPA
    }

    Affected(int failures, boolean excluded) {
        this.failures = failures;
        this.excluded = excluded;
    }

    public int failures() {
        return failures;
    }

    public boolean excluded() {
        return excluded;
    }
}

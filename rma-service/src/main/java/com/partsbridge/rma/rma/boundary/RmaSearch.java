package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.RmaState;
import jakarta.validation.constraints.Size;

/**
 * What the reps' queue asks for; every criterion is optional and they combine. Without a {@code state} the
 * queue holds open RMAs, or every RMA with {@code anyState}. {@code actedOnBy} keeps the RMAs that person
 * moved at least once (the audit trail says so); {@code text} finds an RMA number, a serial or a customer
 * (username or name) containing it.
 */
public record RmaSearch(
        RmaState state,
        boolean anyState,
        boolean overdue,
        boolean escalated,
        String actedOnBy,

        @Size(max = 60, message = "search for at most 60 characters")
        String text) {

    /** The text to look for, trimmed; null when there is none. */
    public String textOrNull() {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

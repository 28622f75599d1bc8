package com.partsbridge.rma.recovery.boundary;

import com.partsbridge.rma.recovery.entity.IncidentStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An incident: where it stands, whom it affects (with the failures detection saw), what telling them costs
 * (granted, once confirmed; to be granted, while proposed), and everyone we told.
 */
public record IncidentView(
        long id,
        String title,
        String description,
        IncidentStatus status,
        String journey,
        Instant startedAt,
        Instant endedAt,
        String declaredBy,
        Instant declaredAt,
        String decidedBy,
        Instant decidedAt,
        long version,
        List<AffectedCustomer> affected,
        List<NoticeView.Grant> perCustomer,
        BigDecimal totalCredit,
        String currency,
        List<NoticeView> notices)
        implements Serializable {

    /** A customer the incident affects; {@code failures} is 0 for one staff listed. */
    public record AffectedCustomer(String customer, int failures) implements Serializable {}
}

package com.partsbridge.rma.history.boundary;

import com.partsbridge.rma.rma.entity.RmaState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing that happened to a registered unit: an RMA asked for, a part shipped or returned (with its serial
 * or lot when one was scanned), a notice we sent, a concession granted with it. Fields that do not apply to a
 * kind are null. {@code rmaState} is the RMA's state now; {@code detail} a notice's subject or a concession's
 * kind.
 */
public record HistoryEntry(
        Instant at,
        Kind kind,
        String rmaNumber,
        RmaState rmaState,
        String part,
        String serial,
        String detail,
        BigDecimal amount,
        String currency)
        implements Serializable {

    public enum Kind {
        RMA_REQUESTED,
        PART_SHIPPED,
        PART_RETURNED,
        WRONG_PART_CAUGHT,
        NOTICE,
        CONCESSION,
        /** Reserved for customer cases, once a case boundary contributes a {@link UnitHistorySource}. */
        CASE
    }

    public static HistoryEntry of(Instant at, Kind kind, String rmaNumber, RmaState state, String part, String serial) {
        return new HistoryEntry(at, kind, rmaNumber, state, part, serial, null, null, null);
    }
}

package com.partsbridge.tradein.feed.control;

import java.math.BigDecimal;

/** A feed row after the rules: an offer ready to apply, or a rejection naming the field and the reason. */
public sealed interface CheckedRow {

    int row();

    record Valid(
            int row,
            String partnerPartNumber,
            String ourPartNumber,
            BigDecimal price,
            String currency,
            int stock,
            int leadTimeDays)
            implements CheckedRow {}

    record Rejected(int row, String field, String reason) implements CheckedRow {}
}

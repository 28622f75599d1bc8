package com.partsbridge.rma.rma.entity;

import java.math.BigDecimal;

/**
 * The configurable part of the resolution rules: below which part value an old part is not worth its return
 * postage (keep it, no charge), how long an advance replacement's old part has to come back, the grace after
 * the customer was told it is overdue, and what happens then ({@link Settlement#CHARGE} or
 * {@link Settlement#WRITE_OFF}).
 */
public record ResolutionRules(BigDecimal keepItBelow, int returnWithinDays, int graceDays, Settlement unreturned) {

    /** The defaults of the configuration keys (see the README's "Resolutions"). */
    public static final ResolutionRules DEFAULTS =
            new ResolutionRules(new BigDecimal("2.00"), 14, 7, Settlement.CHARGE);

    public ResolutionRules {
        if (unreturned != Settlement.CHARGE && unreturned != Settlement.WRITE_OFF) {
            throw new IllegalArgumentException("an unreturned part is charged or written off, not " + unreturned);
        }
        if (returnWithinDays < 1 || graceDays < 1) {
            throw new IllegalArgumentException("return within a day or more, with a grace of a day or more");
        }
    }

    /**
     * What a line actually gets: a return is not asked for a part worth less than {@link #keepItBelow} each, nor
     * after we shipped a wrong part on this RMA: keep it, no charge. Any other choice stands.
     */
    public Resolution effective(Resolution chosen, BigDecimal valueEach, boolean wrongPartShipped) {
        if (chosen.expectsReturn() && (wrongPartShipped || valueEach.compareTo(keepItBelow) < 0)) {
            return Resolution.KEEP_IT;
        }
        return chosen;
    }
}

package com.partsbridge.rma.rma.entity;

/**
 * How one RMA line is put right, and its money rule. Prices are the line's price (free in warranty, the list
 * price out of it); a line's <em>value</em> is the part's list price times the quantity, whatever the warranty.
 *
 * <ul>
 *   <li>{@link #REPLACE}: the part ships; the old part comes back after delivery, with no deadline and no money
 *       consequence (the flow before resolutions existed).
 *   <li>{@link #ADVANCE_REPLACEMENT}: the part ships now and the old part is due back by a date; not back by
 *       then, the customer is told first, and after a grace period the line's value is charged, or the return is
 *       closed and written off as a credit (a configurable rule), exactly once.
 *   <li>{@link #KEEP_IT}: the part ships; the old part stays with the customer, no charge. Chosen automatically
 *       instead of a return when the part is worth less than a configurable value, and after we shipped a wrong
 *       part.
 *   <li>{@link #REFUND}: nothing ships; the line's value is refunded, exactly once, and the RMA closes.
 *   <li>{@link #STORE_CREDIT}: nothing ships; the line's value is credited to the account, exactly once, and
 *       the RMA closes.
 * </ul>
 */
public enum Resolution {
    REPLACE,
    ADVANCE_REPLACEMENT,
    KEEP_IT,
    REFUND,
    STORE_CREDIT;

    /** A part ships for this line. */
    public boolean ships() {
        return this == REPLACE || this == ADVANCE_REPLACEMENT || this == KEEP_IT;
    }

    /** The old part must come back. */
    public boolean expectsReturn() {
        return this == REPLACE || this == ADVANCE_REPLACEMENT;
    }

    /** Settled in money instead of a shipment. */
    public boolean paysOut() {
        return this == REFUND || this == STORE_CREDIT;
    }
}

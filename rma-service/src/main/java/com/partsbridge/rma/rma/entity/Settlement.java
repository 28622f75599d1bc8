package com.partsbridge.rma.rma.entity;

/**
 * Money that moved for a line because of its resolution, recorded once on the line: paid to the customer
 * ({@link #REFUND}, {@link #STORE_CREDIT}), charged to them for an advance replacement whose old part never came
 * back ({@link #CHARGE}), or that return closed and written off as a credit instead ({@link #WRITE_OFF}).
 */
public enum Settlement {
    REFUND,
    STORE_CREDIT,
    CHARGE,
    WRITE_OFF;

    static Settlement paying(Resolution resolution) {
        return switch (resolution) {
            case REFUND -> REFUND;
            case STORE_CREDIT -> STORE_CREDIT;
            default -> throw new IllegalArgumentException(resolution + " pays nothing out");
        };
    }
}

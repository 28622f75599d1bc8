package com.partsbridge.kernel;

import jakarta.ejb.ApplicationException;

/**
 * Root of the business exceptions. Each subclass is one category the web layer maps to one HTTP status;
 * a business exception always rolls the transaction back.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String code;

    protected BusinessException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, machine-readable reason (becomes the problem type), e.g. {@code part-not-found}. */
    public String code() {
        return code;
    }
}

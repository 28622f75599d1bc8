package com.partsbridge.kernel;

/** The request clashes with the current state: an illegal transition, a duplicate, a concurrent change. */
public class ConflictException extends BusinessException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}

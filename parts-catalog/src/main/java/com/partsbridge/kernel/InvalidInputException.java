package com.partsbridge.kernel;

/** A value is malformed; names the field so a client can point at it. */
public class InvalidInputException extends BusinessException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super("invalid-input", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

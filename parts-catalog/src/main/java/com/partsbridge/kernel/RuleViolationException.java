package com.partsbridge.kernel;

/** The input is well formed but a business rule refuses it (e.g. a supersession that would form a cycle). */
public class RuleViolationException extends BusinessException {

    public RuleViolationException(String code, String message) {
        super(code, message);
    }
}

package com.partsbridge.kernel;

/** The input is well formed but a business rule refuses it (e.g. a supersession that would form a cycle). */
public class RuleViolationException extends BusinessException {

    private final String field;

    public RuleViolationException(String code, String message) {
        this(code, message, null);
    }

    /** A refusal that one input caused, so a form can show it beside that input (and the API name it). */
    public RuleViolationException(String code, String message, String field) {
        super(code, message);
        this.field = field;
    }

    /** The input the rule refused, or null when the refusal is about the request as a whole. */
    public String field() {
        return field;
    }
}

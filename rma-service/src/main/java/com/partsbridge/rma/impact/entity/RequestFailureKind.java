package com.partsbridge.rma.impact.entity;

/** How a customer's request failed them. */
public enum RequestFailureKind {
    /** We answered 5xx, or the request threw. */
    SERVER_ERROR,
    /** Slower than the timeout: the customer will have given up, or the connection broke while we answered. */
    TIMEOUT,
    /** Answered, but slower than the configured threshold. */
    SLOW
}

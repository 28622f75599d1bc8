package com.partsbridge.tradein.partner.boundary;

/**
 * The rate limit's answer to one partner call: let in, with the whole calls still left in the bucket, or not,
 * with the whole seconds until the next call may be made (at least one).
 */
public record Admission(boolean admitted, long remaining, long retryAfterSeconds) {

    static Admission in(long remaining) {
        return new Admission(true, remaining, 0);
    }

    static Admission refused(long retryAfterSeconds) {
        return new Admission(false, 0, Math.max(1, retryAfterSeconds));
    }
}

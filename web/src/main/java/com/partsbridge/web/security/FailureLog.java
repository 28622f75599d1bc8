package com.partsbridge.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent failed sign-ins per key (an account or a client address), as a sliding window: a key with
 * {@code limit} failures inside {@code window} is blocked until the oldest of them leaves the window.
 * At most {@code capacity} keys are kept, the least recently touched dropped first, so a flood of made-up
 * user names costs bounded memory (a dropped key merely forgets its failures). In this node's memory only.
 */
final class FailureLog {

    /** Longer keys are cut: a megabyte of user name must not become a megabyte of memory. */
    static final int MAX_KEY_LENGTH = 64;

    private final int limit;
    private final long windowMillis;
    private final Map<String, long[]> failures;

    FailureLog(int limit, Duration window, int capacity) {
        if (limit < 1 || window.isNegative() || window.isZero() || capacity < 1) {
            throw new IllegalArgumentException("limit, window and capacity must be positive");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.failures = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long {@code key} must still wait; zero when it may try now. */
    synchronized Duration blockedFor(String key, Instant now) {
        long[] times = failures.get(cut(key));
        if (times == null || times.length < limit) {
            return Duration.ZERO;
        }
        long oldestInLog = times[0]; // the times are kept oldest first, at most limit of them
        long until = oldestInLog + windowMillis;
        return until > now.toEpochMilli() ? Duration.ofMillis(until - now.toEpochMilli()) : Duration.ZERO;
    }

    /** Records a failure; true when it is the one that blocks the key. */
    synchronized boolean fail(String key, Instant now) {
        String k = cut(key);
        long at = now.toEpochMilli();
        long[] times = failures.getOrDefault(k, new long[0]);
        int keep = 0;
        for (long t : times) { // drop what has left the window
            if (t + windowMillis > at) {
                keep++;
            }
        }
        long[] next = new long[Math.min(limit, keep + 1)];
        System.arraycopy(times, times.length - (next.length - 1), next, 0, next.length - 1);
        next[next.length - 1] = at;
        failures.put(k, next);
        return next.length == limit;
    }

    synchronized void clear(String key) {
        failures.remove(cut(key));
    }

    synchronized int size() {
        return failures.size();
    }

    private static String cut(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}

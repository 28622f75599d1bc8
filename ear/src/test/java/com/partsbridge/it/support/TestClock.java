package com.partsbridge.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

/**
 * Time for the timers' tests: the server's clock moved by whole days (a test-only control) and the timers'
 * rounds run by hand until one finds nothing more to do.
 */
public final class TestClock {

    private final Api admin;

    public TestClock(Api api) {
        this.admin = api.as(Api.ADMIN);
    }

    /** Sets the server's clock {@code days} ahead of real time (0: back to real time). */
    public void shiftBy(long days) {
        Api.Reply shifted = admin.put("/api/v1/clock/offset", "{\"offsetDays\":" + days + "}");
        assertEquals(204, shifted.status(), shifted::toString);
    }

    /**
     * Runs the rounds at {@code path} until one reports zero for each of {@code counts}. A round handles at most
     * 200 RMAs; the test database may hold more than that from other tests.
     */
    public void runRounds(String path, String... counts) {
        for (int round = 0; round < 50; round++) {
            Api.Reply r = admin.post(path, "{}");
            assertEquals(200, r.status(), r::toString);
            if (Arrays.stream(counts).mapToInt(c -> r.json().getInt(c)).sum() == 0) {
                return;
            }
        }
    }
}

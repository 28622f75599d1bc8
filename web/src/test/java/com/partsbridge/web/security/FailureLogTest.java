package com.partsbridge.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
    final FailureLog log = new FailureLog(3, Duration.ofMinutes(15), 1000);

    @Test
    void blocksAKeyAtTheLimitUntilItsOldestFailureLeavesTheWindow() {
        log.fail("alice", t0);
        log.fail("alice", t0.plusSeconds(60));
        assertEquals(Duration.ZERO, log.blockedFor("alice", t0.plusSeconds(61)), "two failures are allowed");

        assertTrue(log.fail("alice", t0.plusSeconds(120)), "the third failure blocks");

        assertEquals(Duration.ofSeconds(900 - 121), log.blockedFor("alice", t0.plusSeconds(121)));
        assertEquals(Duration.ZERO, log.blockedFor("alice", t0.plusSeconds(900)), "the oldest has left the window");
    }

    @Test
    void aFailureAfterTheOldestExpiredBlocksAgainUntilTheNextOneLeaves() {
        log.fail("alice", t0);
        log.fail("alice", t0.plusSeconds(100));
        log.fail("alice", t0.plusSeconds(200));

        assertTrue(log.fail("alice", t0.plusSeconds(901)), "one more guess, then blocked again");
        assertEquals(Duration.ofSeconds(100 + 900 - 901), log.blockedFor("alice", t0.plusSeconds(901)));
    }

    @Test
    void keysAreCountedApartAndClearedAlone() {
        log.fail("alice", t0);
        log.fail("alice", t0);
        log.fail("alice", t0);
        log.fail("bob", t0);

        log.clear("bob");

        assertFalse(log.blockedFor("alice", t0).isZero());
        assertEquals(Duration.ZERO, log.blockedFor("bob", t0));
    }

    @Test
    void keepsNoMoreKeysThanItsCapacityDroppingTheLeastRecentlyTouched() {
        FailureLog small = new FailureLog(2, Duration.ofMinutes(15), 100);
        small.fail("victim", t0);
        small.fail("victim", t0);
        for (int i = 0; i < 10_000; i++) {
            small.fail("random-" + i, t0);
            if (i % 50 == 0) {
                small.blockedFor("victim", t0); // a key in use stays
            }
        }

        assertEquals(100, small.size());
        assertFalse(small.blockedFor("victim", t0).isZero());
    }

    @Test
    void cutsHugeKeysSoTheyCostBoundedMemory() {
        String huge = "x".repeat(1_000_000);
        log.fail(huge, t0);
        log.fail(huge + "y", t0);
        log.fail(huge + "z", t0);

        assertFalse(log.blockedFor(huge, t0).isZero(), "the same first 64 characters are one key");
    }
}

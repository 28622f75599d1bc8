package com.partsbridge.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
    final DataSource db = database();
    final FailureLog log = new FailureLog(db, "account", 3, Duration.ofMinutes(15));

    /** A fresh in-memory database with the table of the web module's migration. */
    static DataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:failures-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement();
                InputStream in =
                        FailureLogTest.class.getResourceAsStream("/db/migration/web/V2__sign_in_failures.sql")) {
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^--.*$", "")
                    .split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return h2;
    }

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
    void oneCountForEveryLogOverTheSameDatabaseAsOnTwoNodes() {
        FailureLog otherNode = new FailureLog(db, "account", 3, Duration.ofMinutes(15));
        log.fail("alice", t0);
        otherNode.fail("alice", t0.plusSeconds(1));

        assertTrue(log.fail("alice", t0.plusSeconds(2)), "the third failure blocks, wherever the first two were");
        assertFalse(otherNode.blockedFor("alice", t0.plusSeconds(3)).isZero());
        assertEquals(
                Duration.ZERO,
                new FailureLog(db, "address", 3, Duration.ofMinutes(15)).blockedFor("alice", t0),
                "addresses are counted apart from accounts");
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
    void cutsHugeKeysSoTheyCostBoundedMemory() {
        String huge = "x".repeat(1_000_000);
        log.fail(huge, t0);
        log.fail(huge + "y", t0);
        log.fail(huge + "z", t0);

        assertFalse(log.blockedFor(huge, t0).isZero(), "the same first 64 characters are one key");
    }
}

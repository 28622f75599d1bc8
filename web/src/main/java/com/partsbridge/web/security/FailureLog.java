package com.partsbridge.web.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Recent failed sign-ins per key of one kind (an account or a client address), as a sliding window: a key with
 * {@code limit} failures inside {@code window} is blocked until the oldest of them leaves the window. Kept in
 * the database ({@code web_sign_in_failure}), so every node of a cluster counts the same failures; each
 * statement commits on its own. Failures that have left the window are deleted as new ones come in, so a flood
 * of made-up user names costs rows for one window only.
 */
final class FailureLog {

    /** Longer keys are cut: a megabyte of user name must not become a megabyte stored. */
    static final int MAX_KEY_LENGTH = 64;

    private final DataSource db;
    private final String kind;
    private final int limit;
    private final long windowMillis;

    FailureLog(DataSource db, String kind, int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.db = db;
        this.kind = kind;
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /** How long {@code key} must still wait; zero when it may try now. One indexed query. */
    Duration blockedFor(String key, Instant now) {
        long at = now.toEpochMilli();
        try (Connection c = db.getConnection();
                PreparedStatement recent = c.prepareStatement("select failed_at from web_sign_in_failure"
                        + " where kind = ? and sign_key = ? and failed_at > ? order by failed_at desc")) {
            recent.setString(1, kind);
            recent.setString(2, cut(key));
            recent.setLong(3, at - windowMillis);
            recent.setMaxRows(limit);
            int count = 0;
            long oldest = 0;
            try (ResultSet rows = recent.executeQuery()) {
                while (rows.next()) {
                    count++;
                    oldest = rows.getLong(1); // the limit most recent, newest first: the last is the oldest
                }
            }
            if (count < limit) {
                return Duration.ZERO;
            }
            long until = oldest + windowMillis;
            return until > at ? Duration.ofMillis(until - at) : Duration.ZERO;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read failed sign-ins", e);
        }
    }

    /** Records a failure; true when it is the one that blocks the key. */
    boolean fail(String key, Instant now) {
        long at = now.toEpochMilli();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement expired =
                    c.prepareStatement("delete from web_sign_in_failure where failed_at <= ?")) {
                expired.setLong(1, at - windowMillis);
                expired.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into web_sign_in_failure (kind, sign_key, failed_at) values (?, ?, ?)")) {
                insert.setString(1, kind);
                insert.setString(2, cut(key));
                insert.setLong(3, at);
                insert.executeUpdate();
            }
            try (PreparedStatement count = c.prepareStatement("select count(*) from web_sign_in_failure"
                    + " where kind = ? and sign_key = ? and failed_at > ?")) {
                count.setString(1, kind);
                count.setString(2, cut(key));
                count.setLong(3, at - windowMillis);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) == limit;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a failed sign-in", e);
        }
    }

    void clear(String key) {
        try (Connection c = db.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("delete from web_sign_in_failure where kind = ? and sign_key = ?")) {
            delete.setString(1, kind);
            delete.setString(2, cut(key));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear failed sign-ins", e);
        }
    }

    private static String cut(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}

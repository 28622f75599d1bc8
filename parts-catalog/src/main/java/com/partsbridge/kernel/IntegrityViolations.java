package com.partsbridge.kernel;

import java.sql.SQLException;

/**
 * Recognises a write the database refused by a unique key or another integrity constraint (SQLSTATE class 23),
 * wherever JPA, JTA or EJB wrapped it. Boundaries use it to turn a lost race into a conflict with words; the
 * API's failure classifier uses it for the races no boundary expected.
 */
public final class IntegrityViolations {

    private IntegrityViolations() {}

    /** Whether {@code thrown} or one of its causes is an integrity violation. */
    public static boolean causedOne(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isOne(sql)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this SQL exception itself is one. */
    public static boolean isOne(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}

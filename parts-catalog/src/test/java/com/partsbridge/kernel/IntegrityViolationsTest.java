package com.partsbridge.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class IntegrityViolationsTest {

    @Test
    void findsAUniqueKeyRefusalWrappedByPersistenceAndTransactions() {
        SQLException duplicate = new SQLException("duplicate key", "23505");
        RuntimeException wrapped = new RuntimeException("tx", new IllegalStateException("flush", duplicate));
        assertTrue(IntegrityViolations.causedOne(wrapped));
    }

    @Test
    void otherDatabaseFailuresAreNotConflicts() {
        assertFalse(IntegrityViolations.causedOne(new RuntimeException(new SQLException("timeout", "57014"))));
        assertFalse(IntegrityViolations.causedOne(new RuntimeException(new SQLException("no state"))));
        assertFalse(IntegrityViolations.causedOne(new IllegalStateException("no SQL at all")));
    }
}

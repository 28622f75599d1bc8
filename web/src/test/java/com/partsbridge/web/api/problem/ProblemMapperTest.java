package com.partsbridge.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.TooLargeException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aUniqueKeyRefusingAConcurrentWriteIsAConflictNotAServerFault() {
        RuntimeException wrapped = new RuntimeException(
                "transaction rolled back",
                new IllegalStateException(new SQLIntegrityConstraintViolationException("duplicate key", "23505")));
        assertEquals(409, mapper.describe(wrapped).status());
    }

    @Test
    void otherDatabaseFailuresStayServerFaults() {
        assertEquals(
                500,
                mapper.describe(new RuntimeException(new SQLException("connection lost", "08006")))
                        .status());
    }

    @Test
    void businessExceptionsKeepTheirCategory() {
        assertEquals(
                400, mapper.describe(new InvalidInputException("price", "bad")).status());
        assertEquals(
                413,
                mapper.describe(new TooLargeException("feed-too-large", "too big"))
                        .status());
    }
}

package com.partsbridge.rma.rma.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partsbridge.kernel.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VersionedActionTest {

    @Test
    void readsAWholeVersionHoweverItIsWritten() {
        assertEquals(3, new Closing(new BigDecimal("3")).seenVersion());
        assertEquals(3, new Closing(new BigDecimal("3.00")).seenVersion());
        assertEquals(300, new Closing(new BigDecimal("3e2")).seenVersion());
        assertEquals(Long.MAX_VALUE, new Closing(BigDecimal.valueOf(Long.MAX_VALUE)).seenVersion());
    }

    @Test
    void refusesAMissingNegativeFractionalOrOversizedVersionNamingIt() {
        for (String bad : new String[] {"1.5", "-1", "9223372036854775808", "18446744073709551617", "1e400"}) {
            InvalidInputException refused = assertThrows(
                    InvalidInputException.class, () -> new Delivery(new BigDecimal(bad)).seenVersion(), bad);
            assertEquals("version", refused.field(), bad);
        }
        assertEquals(
                "version",
                assertThrows(InvalidInputException.class, () -> new Delivery(null).seenVersion())
                        .field());
    }
}

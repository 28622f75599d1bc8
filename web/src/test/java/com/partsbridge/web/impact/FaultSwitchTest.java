package com.partsbridge.web.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.rma.impact.entity.Journey;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultSwitchTest {

    @Test
    void offItFailsNothingHoweverArmed() {
        FaultSwitch off = new FaultSwitch(false);
        off.arm(Journey.RMA_TRACKING, 5);

        assertFalse(off.enabled());
        assertFalse(off.failNow(Journey.RMA_TRACKING));
        assertEquals(0, off.remaining(Journey.RMA_TRACKING));
    }

    @Test
    void onItFailsExactlyTheNextRequestsOfTheArmedJourney() {
        FaultSwitch on = new FaultSwitch(true);
        on.arm(Journey.RMA_TRACKING, 3);

        long failed = IntStream.range(0, 10)
                .filter(i -> on.failNow(Journey.RMA_TRACKING))
                .count();

        assertEquals(3, failed);
        assertFalse(on.failNow(Journey.FIT_LOOKUP), "other journeys are untouched");
        on.arm(Journey.FIT_LOOKUP, 1);
        assertTrue(on.failNow(Journey.FIT_LOOKUP));
    }
}

package com.partsbridge.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClocksTest {

    @Test
    void nowHasTheMicrosecondPrecisionTheDatabasesStoreWhetherShiftedOrNot() {
        Clocks clocks = new Clocks();
        for (boolean adjustable : new boolean[] {false, true}) {
            clocks.adjustable = adjustable;
            Clock clock = clocks.systemClock();
            for (int i = 0; i < 1_000; i++) {
                assertEquals(0, clock.instant().getNano() % 1_000, "whole microseconds");
            }
        }
        clocks.shift(Duration.ofNanos(1_234_567)); // a shift finer than a tick still reads in whole microseconds
        assertEquals(0, clocks.systemClock().instant().getNano() % 1_000);
    }
}

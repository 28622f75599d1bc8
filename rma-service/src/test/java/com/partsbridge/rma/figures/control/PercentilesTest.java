package com.partsbridge.rma.figures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void medianAndNinetiethOfTenDurationsAreTheFifthAndNinthByNearestRank() {
        List<Duration> hours = LongStream.rangeClosed(1, 10)
                .map(h -> 11 - h) // unsorted on purpose
                .mapToObj(Duration::ofHours)
                .toList();
        Percentiles p = new Percentiles(hours);

        assertEquals(Duration.ofHours(5), p.at(50).orElseThrow());
        assertEquals(Duration.ofHours(9), p.at(90).orElseThrow());
        assertEquals(Duration.ofHours(10), p.at(100).orElseThrow());
    }

    @Test
    void oneDurationIsEveryPercentile() {
        Percentiles p = new Percentiles(List.of(Duration.ofMinutes(7)));

        assertEquals(Duration.ofMinutes(7), p.at(50).orElseThrow());
        assertEquals(Duration.ofMinutes(7), p.at(90).orElseThrow());
    }

    @Test
    void noDurationsHaveNoPercentile() {
        assertTrue(new Percentiles(List.of()).at(50).isEmpty());
    }

    @Test
    void refusesAPercentileOutsideOneToAHundred() {
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(List.of()).at(0));
    }
}

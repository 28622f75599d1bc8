package com.partsbridge.rma.figures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeksTest {

    @Test
    void twelveWeeksEndWithTheMondayOfTheCurrentWeek() {
        Weeks weeks = Weeks.lastOf(12, Instant.parse("2026-11-25T10:00:00Z")); // a Wednesday

        assertEquals(12, weeks.mondays().size());
        assertEquals(LocalDate.of(2026, 11, 23), weeks.mondays().get(11));
        assertEquals(LocalDate.of(2026, 9, 7), weeks.mondays().get(0));
        assertEquals(Instant.parse("2026-09-07T00:00:00Z"), weeks.start());
    }

    @Test
    void aSundayNightBelongsToTheWeekThatStartedOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 23), Weeks.weekOf(Instant.parse("2026-11-29T23:59:59Z")));
        assertEquals(LocalDate.of(2026, 11, 30), Weeks.weekOf(Instant.parse("2026-11-30T00:00:00Z")));
    }
}

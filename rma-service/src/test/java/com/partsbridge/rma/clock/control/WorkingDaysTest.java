package com.partsbridge.rma.clock.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** Germany's demo calendar, as the application uses it. */
    final WorkingDays germany = new WorkingDays(HolidayCalendars.parse("test", HolidayCalendars.GERMANY_2026_2027));

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void skipsTheWeekend() {
        assertEquals(day("2026-11-30"), germany.add(day("2026-11-27"), 1), "Friday plus one is Monday");
        assertEquals(day("2026-12-04"), germany.add(day("2026-11-27"), 5), "a full week later");
        assertFalse(germany.isWorkingDay(day("2026-11-28")));
    }

    @Test
    void skipsAHolidayOnAFriday() {
        // Labour Day 2026 is a Friday: Thursday plus one working day is the Monday after
        assertFalse(germany.isWorkingDay(day("2026-05-01")));
        assertEquals(day("2026-05-04"), germany.add(day("2026-04-30"), 1));
        // Good Friday and Easter Monday 2026 around one weekend: four days off
        assertEquals(day("2026-04-07"), germany.add(day("2026-04-02"), 1));
    }

    @Test
    void crossesTheYearEndFromChristmasToNewYear() {
        // 24 Dec 2026 is a Thursday; 25 Dec (Friday) and 1 Jan 2027 (Friday) are holidays, 31 Dec is not
        assertEquals(day("2026-12-28"), germany.add(day("2026-12-24"), 1));
        assertEquals(day("2027-01-04"), germany.add(day("2026-12-24"), 5));
        assertEquals(5, germany.between(day("2026-12-24"), day("2027-01-04")));
        assertEquals(day("2026-12-24"), germany.subtract(day("2027-01-04"), 5));
    }

    @Test
    void addingZeroIsTheSameDayEvenOnAHoliday() {
        assertEquals(day("2026-12-25"), germany.add(day("2026-12-25"), 0));
        assertEquals(0, germany.between(day("2026-12-25"), day("2026-12-25")));
    }

    @Test
    void fifteenWorkingDaysAreThreeWeeksWithoutHolidays() {
        assertEquals(day("2026-11-19"), germany.add(day("2026-10-29"), 15));
        assertEquals(15, germany.between(day("2026-10-29"), day("2026-11-19")));
    }

    @Test
    void refusesNegativeDaysAndCountingBackwards() {
        var negative = assertThrows(InvalidInputException.class, () -> germany.add(day("2026-11-25"), -1));
        assertEquals("days", negative.field());
        assertThrows(InvalidInputException.class, () -> germany.subtract(day("2026-11-25"), -3));
        var backwards =
                assertThrows(InvalidInputException.class, () -> germany.between(day("2026-11-25"), day("2026-11-24")));
        assertTrue(backwards.getMessage().contains("before"), backwards.getMessage());
    }

    @Test
    void aCountryWithoutHolidaysHasOnlyWeekendsOff() {
        WorkingDays none = new WorkingDays(java.util.Set.of());
        assertTrue(none.isWorkingDay(day("2026-12-25")));
        assertEquals(day("2026-12-25"), none.add(day("2026-12-24"), 1));
    }

    @Test
    void refusesAMalformedHolidaySettingNamingIt() {
        var error = assertThrows(
                IllegalStateException.class, () -> HolidayCalendars.parse("partsbridge.holidays.DE", "2026-13-01"));
        assertTrue(error.getMessage().contains("partsbridge.holidays.DE"));
    }
}

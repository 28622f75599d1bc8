package com.partsbridge.rma.clock.control;

import com.partsbridge.kernel.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days on one country's calendar: Monday to Friday, except its public holidays. A promise "within N
 * working days" of a day counts the days after it, so a request on Friday evening promised in one working day
 * is due on Monday (or Tuesday after a holiday Monday).
 */
public final class WorkingDays {

    /** Further than any promise we make; guards against a calendar that declares every day a holiday. */
    private static final int MAX_DAYS = 3660;

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day {@code days} working days after {@code from}; adding 0 is {@code from} itself. */
    public LocalDate add(LocalDate from, int days) {
        return step(from, days, 1);
    }

    /** The day {@code days} working days before {@code from} (e.g. when to warn before a due day). */
    public LocalDate subtract(LocalDate from, int days) {
        return step(from, days, -1);
    }

    /**
     * The working days after {@code from} up to and including {@code to}: from Monday to Friday of one week is
     * 4. A count backwards ({@code to} before {@code from}) is refused rather than made negative.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "count working days forwards: " + to + " is before " + from);
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw new InvalidInputException("to", "at most " + MAX_DAYS + " days apart");
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate from, int days, int direction) {
        if (days < 0) {
            throw new InvalidInputException("days", "a number of working days is 0 or more");
        }
        LocalDate day = from;
        int left = days;
        for (int guard = 0; left > 0; guard++) {
            if (guard > MAX_DAYS) {
                throw new IllegalStateException("no working day within " + MAX_DAYS + " days of " + from);
            }
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}

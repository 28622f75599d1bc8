package com.partsbridge.rma.figures.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks a weekly figure covers: ISO weeks (Monday to Sunday) in UTC, the current one last. Grouping by
 * week happens here rather than in SQL because H2 and PostgreSQL truncate dates to weeks differently.
 */
public record Weeks(List<LocalDate> mondays) {

    public static Weeks lastOf(int count, Instant now) {
        LocalDate thisMonday =
                now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> mondays = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            mondays.add(thisMonday.minusWeeks(i));
        }
        return new Weeks(List.copyOf(mondays));
    }

    /** The first instant counted. */
    public Instant start() {
        return mondays.get(0).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The Monday of the week an instant falls in. */
    public static LocalDate weekOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

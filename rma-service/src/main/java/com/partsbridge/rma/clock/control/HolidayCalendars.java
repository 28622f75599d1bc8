package com.partsbridge.rma.clock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public holidays per country, from MicroProfile Config: {@code partsbridge.holidays.DE=2026-01-01,...} (ISO
 * dates, comma separated; an environment variable {@code PARTSBRIDGE_HOLIDAYS_DE} works too). Without a
 * setting, Germany has its nationwide holidays of 2026 and 2027 as demo data; other countries have none.
 * Promises are kept on the calendar of {@code partsbridge.clock.country} (default DE).
 */
@ApplicationScoped
public class HolidayCalendars {

    /** Germany's nationwide public holidays (regional ones, e.g. Epiphany in Bavaria, are left out). */
    static final String GERMANY_2026_2027 = "2026-01-01,2026-04-03,2026-04-06,2026-05-01,2026-05-14,2026-05-25,"
            + "2026-10-03,2026-12-25,2026-12-26,"
            + "2027-01-01,2027-03-26,2027-03-29,2027-05-01,2027-05-06,2027-05-17,2027-10-03,2027-12-25,2027-12-26";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "partsbridge.clock.country", defaultValue = "DE")
    String country;

    /** The working days of the country promises are kept in. */
    public WorkingDays promiseCalendar() {
        return of(country);
    }

    /** A country's working days; a country without configured holidays has weekends only. */
    public WorkingDays of(String countryCode) {
        String key = "partsbridge.holidays." + countryCode.trim().toUpperCase(Locale.ROOT);
        String demo = key.endsWith(".DE") ? GERMANY_2026_2027 : "";
        return new WorkingDays(
                parse(key, config.getOptionalValue(key, String.class).orElse(demo)));
    }

    static Set<LocalDate> parse(String key, String dates) {
        try {
            return Arrays.stream(dates.split(","))
                    .map(String::trim)
                    .filter(d -> !d.isEmpty())
                    .map(LocalDate::parse)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (DateTimeParseException e) { // a deployment mistake: fail loudly, naming the setting
            throw new IllegalStateException(key + " holds a date that is not yyyy-mm-dd: " + e.getParsedString(), e);
        }
    }
}

package com.partsbridge.rma.clock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a request is due and when its owner is warned, in working days. The commitment is configuration
 * ({@code partsbridge.rma.delivery-commitment-working-days}, default 15 as EU ecodesign rules ask) because the
 * models' declared obligations belong to trade-in, which the RMA service must not depend on.
 */
@ApplicationScoped
public class PromiseCalendar {

    @Inject
    HolidayCalendars calendars;

    @Inject
    @ConfigProperty(name = "partsbridge.rma.delivery-commitment-working-days", defaultValue = "15")
    int commitmentDays;

    @Inject
    @ConfigProperty(name = "partsbridge.rma.due-warning-working-days", defaultValue = "2")
    int warningDays;

    public LocalDate dueOn(LocalDate requestedOn) {
        return calendars.promiseCalendar().add(requestedOn, commitmentDays);
    }

    /** The first day the owner of a request due on {@code dueOn} is warned. */
    public LocalDate warnFrom(LocalDate dueOn) {
        return calendars.promiseCalendar().subtract(dueOn, warningDays);
    }
}

package com.partsbridge.catalog.model.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A model's lifecycle dates, all at once: launch, end of sales (none: still sold) and end of promised parts
 * support (only with an end of sales, not before it).
 */
public record ModelDates(
        @NotNull(message = "a launch date is required") LocalDate launchedOn,
        LocalDate discontinuedOn,
        LocalDate partsSupportUntil) {}

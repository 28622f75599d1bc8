package com.partsbridge.rma.recovery.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Staff dismiss a proposed incident (not our fault, or already handled): nobody is told. */
public record IncidentDismissal(
        @NotNull(message = "send the version of the incident you looked at")
        @PositiveOrZero(message = "a version is a whole number from 0")
        Long version) {}

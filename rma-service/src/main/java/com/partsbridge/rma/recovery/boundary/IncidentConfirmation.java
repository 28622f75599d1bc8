package com.partsbridge.rma.recovery.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Staff confirm a proposed incident as they saw it ({@code version}): every affected customer is told. */
public record IncidentConfirmation(
        @NotNull(message = "send the version of the incident you looked at")
        @PositiveOrZero(message = "a version is a whole number from 0")
        Long version) {}

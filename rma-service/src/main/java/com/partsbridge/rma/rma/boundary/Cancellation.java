package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A customer withdraws their own request before it ships; {@code note} is optional. */
public record Cancellation(
        @SeenVersion BigDecimal version,

        @Size(max = 500, message = "a note is at most 500 characters")
        String note) implements VersionedAction {}

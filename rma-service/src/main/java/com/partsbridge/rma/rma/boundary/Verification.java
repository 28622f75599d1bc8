package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A rep's check that the approved parts still fit the registered unit. */
public record Verification(
        @SeenVersion BigDecimal version,

        @Size(max = 500, message = "a note is at most 500 characters")
        String note) implements VersionedAction {}

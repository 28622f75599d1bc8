package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The shipment never arrived; {@code note} says what is known (it goes into the customer's notice). */
public record LossReport(
        @SeenVersion BigDecimal version,

        @Size(max = 500, message = "a note is at most 500 characters")
        String note) implements VersionedAction {}

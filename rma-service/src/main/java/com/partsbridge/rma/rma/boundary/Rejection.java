package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A rep refuses the request; the customer sees {@code note} as the reason, so it is required. */
public record Rejection(
        @SeenVersion BigDecimal version,

        @NotBlank(message = "say why the request is rejected")
        @Size(max = 500, message = "a reason is at most 500 characters")
        String note)
        implements VersionedAction {}

package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A rep approves the parts; {@code returnRequired} (false when left out) asks for the old part back. */
public record Approval(
        @SeenVersion BigDecimal version,

        @Size(max = 500, message = "a note is at most 500 characters")
        String note,

        boolean returnRequired)
        implements VersionedAction {}

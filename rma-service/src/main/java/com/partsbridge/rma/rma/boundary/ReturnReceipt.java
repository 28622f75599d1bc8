package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Gate 3: the part number scanned on the part that came back. */
public record ReturnReceipt(
        @SeenVersion BigDecimal version,

        @NotBlank(message = "scan the part that came back")
        @Size(max = 40, message = "a part number is at most 40 characters")
        String partNumber)
        implements VersionedAction {}

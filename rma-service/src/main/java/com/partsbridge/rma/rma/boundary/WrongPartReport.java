package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A customer received a part other than the one approved: the number printed on what they got. */
public record WrongPartReport(
        @SeenVersion BigDecimal version,

        @NotBlank(message = "the part number printed on the part you received is required")
        @Size(max = 40, message = "a part number is at most 40 characters")
        String partNumber)
        implements VersionedAction {}

package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Gate 3: the part number scanned on the part that came back and, optionally, the serial or lot printed on
 * it (parts without one leave it out).
 */
public record ReturnReceipt(
        @SeenVersion BigDecimal version,

        @NotBlank(message = "scan the part that came back")
        @Size(max = 40, message = "a part number is at most 40 characters")
        String partNumber,

        @Size(max = 40, message = "a serial or lot is at most 40 characters")
        @Pattern(
                regexp = "\\s*([A-Za-z0-9][A-Za-z0-9./-]*)?\\s*",
                message = "a serial or lot is letters, digits, dots, slashes or dashes")
        String serial)
        implements VersionedAction {}

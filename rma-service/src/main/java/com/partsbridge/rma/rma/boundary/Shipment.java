package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Gate 2: the part numbers scanned at packing, one per RMA line, in line order. Each scan is checked by
 * {@link Rmas#ship} as a part number, refused under the name {@code scannedParts}.
 */
public record Shipment(
        @SeenVersion BigDecimal version,

        @NotEmpty(message = "scan one part per line") @Size(max = 10, message = "an RMA has at most 10 lines")
        List<String> scannedParts)
        implements VersionedAction {}

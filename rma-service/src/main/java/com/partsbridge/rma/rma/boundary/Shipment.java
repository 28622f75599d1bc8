package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Gate 2: the part numbers scanned at packing, one per RMA line, in line order; a line that ships a kit takes
 * one scan per part of the kit (in any order within the line). Each scan is checked by
 * {@link Rmas#ship} as a part number, refused under the name {@code scannedParts}. {@code scannedSerials}
 * (optional, in the same order) carries the serial or lot printed on each packed part; a part without one
 * has a blank or null entry, and the list may be left out when no part has one.
 */
public record Shipment(
        @SeenVersion BigDecimal version,

        @NotEmpty(message = "scan one part per line")
        @Size(max = 100, message = "at most 100 scans: 10 lines, kits of up to 10 parts")
        List<String> scannedParts,

        @Size(max = 10, message = "an RMA has at most 10 lines")
        List<String> scannedSerials)
        implements VersionedAction {}

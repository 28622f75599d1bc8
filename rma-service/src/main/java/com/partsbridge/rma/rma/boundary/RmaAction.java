package com.partsbridge.rma.rma.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a person sends to move an RMA on. {@code version} is the version they looked at: when someone else
 * acted in between, the action is refused with a conflict instead of overwriting their work.
 */
public record RmaAction(
        Long version,
        @Size(max = 500) String note,
        Boolean returnRequired,
        @Size(max = 10) List<String> scannedParts,
        @Size(max = 40) String partNumber) {

    public static RmaAction at(long version) {
        return new RmaAction(version, null, null, null, null);
    }
}

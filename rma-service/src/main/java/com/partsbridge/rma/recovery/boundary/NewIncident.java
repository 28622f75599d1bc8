package com.partsbridge.rma.recovery.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * An incident staff declare. {@code customers} lists who was affected; left empty, it is every customer who
 * asked for a part during the window.
 */
public record NewIncident(
        @NotBlank(message = "a title is required") @Size(max = 120) String title,
        @NotBlank(message = "say what happened") @Size(max = 1000) String description,
        @NotNull(message = "when it started is required") Instant startedAt,
        @NotNull(message = "when it ended is required") Instant endedAt,
        @Size(max = 10000) List<String> customers) {
}

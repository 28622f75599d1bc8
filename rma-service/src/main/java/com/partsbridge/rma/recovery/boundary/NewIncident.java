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
        @NotBlank(message = "a title is required") @Size(max = 120, message = "a title is at most 120 characters")
        String title,

        @NotBlank(message = "say what happened") @Size(max = 1000, message = "a description is at most 1000 characters")
        String description,

        @NotNull(message = "when it started is required") Instant startedAt,
        @NotNull(message = "when it ended is required") Instant endedAt,

        @Size(max = 10000, message = "at most 10000 customers per incident")
        List<String> customers) {}

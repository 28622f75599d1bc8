package com.partsbridge.rma.recovery.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Staff correct a proposed incident before confirming it: its title, its text and exactly who is affected
 * ({@code customers} replaces the set; a removed customer is not added back by detection).
 */
public record IncidentAmendment(
        @NotNull(message = "send the version of the incident you looked at")
        @PositiveOrZero(message = "a version is a whole number from 0")
        Long version,

        @NotBlank(message = "a title is required") @Size(max = 120, message = "a title is at most 120 characters")
        String title,

        @NotBlank(message = "say what happened") @Size(max = 1000, message = "a description is at most 1000 characters")
        String description,

        @NotNull(message = "list the affected customers")
        @Size(max = 10000, message = "at most 10000 customers per incident")
        List<
                        @NotBlank(message = "a customer is a username")
                        @Size(max = 60, message = "a username is at most 60 characters") String>
                customers) {}

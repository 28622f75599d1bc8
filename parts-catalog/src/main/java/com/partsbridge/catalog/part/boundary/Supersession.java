package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.Interchangeability;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** "This part is replaced by {@code supersededBy}", and how the two may stand in for each other. */
public record Supersession(
        @NotBlank(message = "the superseding part number is required") String supersededBy,
        @NotNull(message = "interchangeability is ONE_WAY or TWO_WAY") Interchangeability interchangeability) {
}

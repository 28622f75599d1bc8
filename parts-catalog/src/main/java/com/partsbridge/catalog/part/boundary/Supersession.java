package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.Interchangeability;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "This part is replaced by {@code supersededBy}", and how the two may stand in for each other. */
public record Supersession(
        @NotBlank(message = "the superseding part number is required")
        @Size(max = 40, message = "a part number is at most 40 characters")
        String supersededBy,

        @NotNull(message = "interchangeability is ONE_WAY or TWO_WAY")
        Interchangeability interchangeability) {}

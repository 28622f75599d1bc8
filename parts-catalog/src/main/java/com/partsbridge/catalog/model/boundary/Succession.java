package com.partsbridge.catalog.model.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "This model is succeeded by {@code successorCode}", e.g. for trade-ins toward it. */
public record Succession(
        @NotBlank(message = "the successor's model code is required")
        @Size(max = 40, message = "a model code is at most 40 characters")
        String successorCode) {}

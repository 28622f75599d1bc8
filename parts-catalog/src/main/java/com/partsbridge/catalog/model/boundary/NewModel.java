package com.partsbridge.catalog.model.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A product model to add to the catalog; the dates of discontinuation and support are optional. */
public record NewModel(
        @NotBlank(message = "a model code is required")
        @Size(max = 40, message = "a model code is at most 40 characters")
        String code,

        @NotBlank(message = "a name is required") @Size(max = 120, message = "a name is at most 120 characters")
        String name,

        @NotBlank(message = "a family is required") @Size(max = 80, message = "a family is at most 80 characters")
        String family,

        @NotNull(message = "a launch date is required") LocalDate launchedOn,
        LocalDate discontinuedOn,
        LocalDate partsSupportUntil,

        @Size(max = 40, message = "a model code is at most 40 characters")
        String successorCode) {}

package com.partsbridge.catalog.model.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A product model to add to the catalog; the dates of discontinuation and support are optional. */
public record NewModel(
        @NotBlank(message = "a model code is required") @Size(max = 40) String code,
        @NotBlank(message = "a name is required") @Size(max = 120) String name,
        @NotBlank(message = "a family is required") @Size(max = 80) String family,
        @NotNull(message = "a launch date is required") LocalDate launchedOn,
        LocalDate discontinuedOn,
        LocalDate partsSupportUntil,
        String successorCode) {
}

package com.partsbridge.catalog.fitment.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "This part fits the model's units from serial to serial, at this position." */
public record NewFitment(
        @NotBlank(message = "a part number is required")
        @Size(max = 40, message = "a part number is at most 40 characters")
        String partNumber,

        @NotBlank(message = "the first serial of the range is required")
        @Size(max = 40, message = "a serial number is at most 40 characters")
        String serialFrom,

        @NotBlank(message = "the last serial of the range is required")
        @Size(max = 40, message = "a serial number is at most 40 characters")
        String serialTo,

        @NotBlank(message = "a position is required, e.g. battery door")
        @Size(max = 80, message = "a position is at most 80 characters")
        String position) {}

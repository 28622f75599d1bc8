package com.partsbridge.catalog.diagram.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "This model's units from serial to serial (a revision) have a diagram, called e.g. Revision A." */
public record NewDiagram(
        @NotBlank(message = "a model code is required, e.g. HARMONY-880")
        @Size(max = 40, message = "a model code is at most 40 characters")
        String modelCode,

        @NotBlank(message = "the first serial of the revision's range is required")
        @Size(max = 40, message = "a serial number is at most 40 characters")
        String serialFrom,

        @NotBlank(message = "the last serial of the revision's range is required")
        @Size(max = 40, message = "a serial number is at most 40 characters")
        String serialTo,

        @NotBlank(message = "a label is required, e.g. Revision A")
        @Size(max = 80, message = "a label is at most 80 characters")
        String label) {}

package com.partsbridge.rma.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The owner's answer to a case. */
public record Answer(
        @NotBlank(message = "write your answer") @Size(max = 4000, message = "an answer is at most 4000 characters")
        String message) {}

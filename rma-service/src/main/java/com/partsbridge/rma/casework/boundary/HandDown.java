package com.partsbridge.rma.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The owner asks a colleague to prepare the answer; the owner stays named on it. */
public record HandDown(
        @NotBlank(message = "name the colleague who prepares the answer")
        @Size(max = 60, message = "a username is at most 60 characters")
        String to,

        @Size(max = 200, message = "a note is at most 200 characters")
        String note) {}

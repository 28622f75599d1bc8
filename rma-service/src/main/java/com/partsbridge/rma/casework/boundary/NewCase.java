package com.partsbridge.rma.casework.boundary;

import com.partsbridge.rma.casework.entity.Topic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A signed-in customer writes to us, optionally about one of their RMAs or units. */
public record NewCase(
        @NotNull(message = "choose what your message is about")
        Topic topic,

        @NotBlank(message = "write your message") @Size(max = 4000, message = "a message is at most 4000 characters")
        String message,

        @Size(max = 40, message = "an RMA number is at most 40 characters")
        String rmaNumber,

        @Positive(message = "a unit id is a positive number")
        Long unitId) {}

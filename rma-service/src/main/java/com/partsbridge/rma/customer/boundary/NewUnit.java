package com.partsbridge.rma.customer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A unit a customer registers: model and serial as printed on it, purchase date and receipt reference. */
public record NewUnit(
        @NotBlank(message = "the model code is required")
        @Size(max = 40, message = "a model code is at most 40 characters")
        String modelCode,

        @NotBlank(message = "the serial number is required")
        @Size(max = 40, message = "a serial number is at most 40 characters")
        String serial,

        @NotNull(message = "the purchase date is required")
        @PastOrPresent(message = "the purchase date cannot be in the future")
        LocalDate purchasedOn,

        @Size(max = 80, message = "a proof of purchase reference is at most 80 characters")
        String proofOfPurchase) {}

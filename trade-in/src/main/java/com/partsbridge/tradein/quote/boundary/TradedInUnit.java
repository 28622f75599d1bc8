package com.partsbridge.tradein.quote.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The customer's registered unit, as its registration says (the caller resolves it; trade-in does not know
 * rma-service): what is quoted never comes from what the customer types.
 */
public record TradedInUnit(
        long unitId,

        @NotBlank(message = "the unit's model code is required") @Size(max = 40)
        String modelCode,

        @NotBlank(message = "the unit's serial number is required") @Size(max = 40)
        String serial,

        @NotNull(message = "the unit's purchase date is required")
        @PastOrPresent(message = "the purchase date cannot be in the future")
        LocalDate purchasedOn) {}

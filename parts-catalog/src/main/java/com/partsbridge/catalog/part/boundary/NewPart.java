package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.PartLifecycle;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A part to add to the catalog; lifecycle defaults to ACTIVE, currency to EUR. */
public record NewPart(
        @NotBlank(message = "a part number is required")
        @Size(max = 40, message = "a part number is at most 40 characters")
        String partNumber,

        @NotBlank(message = "a description is required")
        @Size(max = 200, message = "a description is at most 200 characters")
        String description,

        @NotNull(message = "a list price is required")
        @DecimalMin(value = "0.00", message = "a price cannot be negative")
        @Digits(integer = 10, fraction = 2, message = "a price has at most 10 digits and 2 decimals")
        BigDecimal listPrice,

        @Size(min = 3, max = 3, message = "a currency is a 3-letter ISO code")
        String currency,

        @PositiveOrZero(message = "stock on hand cannot be negative")
        int stockOnHand,

        PartLifecycle lifecycle) {}

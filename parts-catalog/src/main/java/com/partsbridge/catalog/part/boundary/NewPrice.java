package com.partsbridge.catalog.part.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A part's new list price; the currency stays the part's own unless given. */
public record NewPrice(
        @NotNull(message = "a list price is required")
        @DecimalMin(value = "0.00", message = "a price cannot be negative")
        @Digits(integer = 10, fraction = 2, message = "a price has at most 10 digits and 2 decimals")
        BigDecimal listPrice,

        @Size(min = 3, max = 3, message = "a currency is a 3-letter ISO code")
        String currency) {}

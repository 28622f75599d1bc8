package com.partsbridge.tradein.partner.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A partner's part mapped to our part number, with price, stock and lead time. The limits mirror the columns;
 * the feed rules (OfferRowRules) apply on top, as to every feed row.
 */
public record NewOffer(
        @NotBlank(message = "the partner's part number is required")
        @Size(max = 60, message = "a partner part number has at most 60 characters")
        String partnerPartNumber,

        @NotBlank(message = "our part number is required")
        @Size(max = 40, message = "our part number has at most 40 characters")
        String ourPartNumber,

        @NotNull(message = "a price is required")
        @DecimalMin(value = "0.00", message = "a price cannot be negative")
        @Digits(integer = 10, fraction = 2, message = "a price has at most 10 digits and 2 decimals")
        BigDecimal price,

        @Size(min = 3, max = 3, message = "a currency is a 3-letter ISO code")
        String currency,

        @PositiveOrZero(message = "stock cannot be negative")
        @Max(value = 1_000_000, message = "stock is at most 1000000")
        int stock,

        @PositiveOrZero(message = "a lead time cannot be negative")
        @Max(value = 365, message = "a lead time is at most 365 days")
        int leadTimeDays) {}

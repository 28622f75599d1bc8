package com.partsbridge.tradein.obligation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Parts for {@code yearsAfterLastSale} years after the last unit sold, delivered within {@code deliveryDays}. */
public record NewObligation(
        @Min(value = 1, message = "an obligation lasts at least 1 year")
        @Max(value = 30, message = "an obligation lasts at most 30 years")
        int yearsAfterLastSale,

        @Min(value = 1, message = "a delivery promise is at least 1 day")
        @Max(value = 365, message = "a delivery promise is at most 365 days")
        int deliveryDays) {}

package com.partsbridge.tradein.referral.boundary;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * A customer follows a partner offer: {"offerId":12}. A decimal, so that 1.5 or 1e30 is a 400 naming the
 * field (JSON-B would silently make offer 1 of 1.5); "12" as a JSON string is read as 12.
 */
public record NewReferral(
        @NotNull(message = "the partner offer to follow is required")
        @Positive(message = "an offer id is a positive whole number")
        @Digits(integer = 18, fraction = 0, message = "an offer id is a positive whole number")
        BigDecimal offerId) {

    /** The id once validated. */
    public long offer() {
        return offerId.longValueExact();
    }
}

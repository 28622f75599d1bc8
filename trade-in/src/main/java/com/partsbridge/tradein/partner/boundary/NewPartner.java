package com.partsbridge.tradein.partner.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A partner supplier, the royalty it pays on fulfilled referrals (a fraction, e.g. 0.08) and, optionally, the
 * calls a minute its API key may make (600 when left out).
 */
public record NewPartner(
        @NotBlank(message = "a partner name is required") @Size(max = 120)
        String name,

        @NotNull(message = "a royalty rate is required")
        @DecimalMin(value = "0", message = "a royalty rate cannot be negative")
        @DecimalMax(value = "0.9999", message = "a royalty rate is below 1")
        BigDecimal royaltyRate,

        @Min(value = 1, message = "a rate limit is at least 1 request a minute")
        @Max(value = 100_000, message = "a rate limit is at most 100000 requests a minute")
        Integer requestsPerMinute) {}

package com.partsbridge.tradein.partner.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many calls a minute a partner's keys may make together. */
public record RateLimit(
        @NotNull(message = "requestsPerMinute is required")
        @Min(value = 1, message = "a rate limit is at least 1 request a minute")
        @Max(value = 100_000, message = "a rate limit is at most 100000 requests a minute")
        Integer requestsPerMinute) {}

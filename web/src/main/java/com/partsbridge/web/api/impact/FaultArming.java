package com.partsbridge.web.api.impact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** How many of the next customer requests on a journey fail (tests only); 0 turns the fault off. */
public record FaultArming(
        @NotNull(message = "say how many requests fail")
        @PositiveOrZero(message = "a number of requests from 0")
        @Max(value = 1000, message = "at most 1000 requests")
        Integer requests) {}

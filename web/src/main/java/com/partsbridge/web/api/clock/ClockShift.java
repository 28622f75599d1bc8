package com.partsbridge.web.api.clock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How far ahead of real time a test server's clock runs, in days (0 puts it back). */
public record ClockShift(
        @NotNull(message = "send offsetDays, 0 to 3660")
        @Min(value = 0, message = "offsetDays is 0 to 3660")
        @Max(value = 3660, message = "offsetDays is 0 to 3660")
        Integer offsetDays) {}

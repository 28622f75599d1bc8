package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.PartLifecycle;
import jakarta.validation.constraints.NotNull;

/** A part moving on in production: ACTIVE, LAST_TIME_BUY or DISCONTINUED. */
public record LifecycleChange(
        @NotNull(message = "lifecycle is ACTIVE, LAST_TIME_BUY or DISCONTINUED")
        PartLifecycle lifecycle) {}

package com.partsbridge.catalog.part.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** How many of a part are on hand after a count or a delivery. */
public record StockCount(
        @NotNull(message = "stock on hand is required") @PositiveOrZero(message = "stock on hand cannot be negative")
        Integer stockOnHand) {}

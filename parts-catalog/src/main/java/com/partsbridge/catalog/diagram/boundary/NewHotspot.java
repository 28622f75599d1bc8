package com.partsbridge.catalog.diagram.boundary;

import com.partsbridge.catalog.diagram.entity.HotspotShape;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One hotspot, in the drawing's coordinates (its viewBox): a rectangle at x, y (top left) of width and height,
 * or a circle centred on x, y whose diameter is width. Shape defaults to RECT, label to the position.
 */
public record NewHotspot(
        @NotBlank(message = "a position is required, one the model has parts for, e.g. battery door")
        @Size(max = 80, message = "a position is at most 80 characters")
        String position,

        HotspotShape shape,

        @NotNull(message = "x is required")
        @Min(value = -100_000, message = "x is -100000 to 100000")
        @Max(value = 100_000, message = "x is -100000 to 100000")
        Integer x,

        @NotNull(message = "y is required")
        @Min(value = -100_000, message = "y is -100000 to 100000")
        @Max(value = 100_000, message = "y is -100000 to 100000")
        Integer y,

        @NotNull(message = "width is required")
        @Min(value = 1, message = "width is 1 to 100000")
        @Max(value = 100_000, message = "width is 1 to 100000")
        Integer width,

        @Min(value = 1, message = "height is 1 to 100000") @Max(value = 100_000, message = "height is 1 to 100000")
        Integer height,

        @Size(max = 80, message = "a label is at most 80 characters")
        String label) {}

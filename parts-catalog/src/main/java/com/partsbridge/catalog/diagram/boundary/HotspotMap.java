package com.partsbridge.catalog.diagram.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** All of a diagram's hotspots at once (replacing the ones it had); an empty list removes them. */
public record HotspotMap(
        @NotNull(message = "hotspots is required (an empty list removes them)")
        @Size(max = 50, message = "a diagram has at most 50 hotspots")
        List<@Valid @NotNull(message = "a hotspot is required") NewHotspot> hotspots) {}

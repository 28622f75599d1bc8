package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.part.boundary.PartView;
import java.util.List;

/**
 * What we would actually ship when a part number is asked for a unit.
 *
 * @param fits whether the requested part, or a part of its supersession chain, fits the unit
 * @param requestedFits whether the requested part itself fits
 * @param toShip the newest orderable part of the chain that fits the unit, or null
 * @param chain the supersession chain from the requested part, oldest first
 * @param reason a sentence for people: why this part, or why none
 */
public record PartResolution(
        String requested,
        String modelCode,
        String serial,
        boolean fits,
        boolean requestedFits,
        PartView toShip,
        List<String> chain,
        String reason) {

    public boolean shippable() {
        return toShip != null;
    }
}

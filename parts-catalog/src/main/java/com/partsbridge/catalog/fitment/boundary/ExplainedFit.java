package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.part.boundary.PartView;

/**
 * A part that fits one unit at a position, with the reasons in words for the customer: which serial range
 * of the model it was made for, and what replaced it when it is no longer made.
 *
 * @param listed the part the catalog lists for the position and serial range
 * @param toShip the newest orderable part of its supersession chain, or null when none can be had
 * @param fitReason why it fits this unit, e.g. "fits HARMONY-880 serials H880A00000 to H880A99999"
 * @param supersession the supersession chain in words, or null when the listed part ships as it is
 */
public record ExplainedFit(
        String position,
        PartView listed,
        PartView toShip,
        String serialFrom,
        String serialTo,
        String fitReason,
        String supersession) {

    public boolean available() {
        return toShip != null;
    }
}

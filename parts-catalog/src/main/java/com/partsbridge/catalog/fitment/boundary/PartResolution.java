package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.part.boundary.KitView;
import com.partsbridge.catalog.part.boundary.PartView;
import java.math.BigDecimal;
import java.util.List;

/**
 * What we would actually ship when a part number is asked for a unit.
 *
 * @param fits whether the requested part, or a part of its supersession chain, fits the unit
 * @param requestedFits whether the requested part itself fits
 * @param toShip the newest orderable part of the chain that fits the unit, or null (also when a kit ships)
 * @param chain the supersession chain from the requested part, oldest first
 * @param reason a sentence for people: why this part, or why none
 * @param kit the kit that ships instead of one part (it replaced the newest part of the chain), or null
 */
public record PartResolution(
        String requested,
        String modelCode,
        String serial,
        boolean fits,
        boolean requestedFits,
        PartView toShip,
        List<String> chain,
        String reason,
        KitView kit) {

    public boolean shippable() {
        return toShip != null || kit != null;
    }

    /** Whether what ships is a kit of several parts. */
    public boolean shipsKit() {
        return kit != null;
    }

    /** What ships, in words: the part number, or the kit's members ("DOOR-2 + 2 × PIN-1"). */
    public String shipsAs() {
        return kit != null ? kit.label() : toShip == null ? null : toShip.partNumber();
    }

    /** The list price of what ships: the part's, or the kit's (the sum over its members). */
    public BigDecimal shipPrice() {
        return kit != null ? kit.listPrice() : toShip.listPrice();
    }

    public String shipCurrency() {
        return kit != null ? kit.currency() : toShip.currency();
    }
}

package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.part.boundary.KitView;
import com.partsbridge.catalog.part.boundary.PartView;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A part that fits one unit at a position, with the reasons in words for the customer: which serial range
 * of the model it was made for, and what replaced it when it is no longer made.
 *
 * @param listed the part the catalog lists for the position and serial range
 * @param toShip the newest orderable part of its supersession chain, or null when none can be had
 * @param fitReason why it fits this unit, e.g. "fits HARMONY-880 serials H880A00000 to H880A99999"
 * @param supersession the supersession chain in words, or null when the listed part ships as it is
 * @param kit the kit that ships instead of a single part ({@code toShip} is then null), or null
 */
public record ExplainedFit(
        String position,
        PartView listed,
        PartView toShip,
        String serialFrom,
        String serialTo,
        String fitReason,
        String supersession,
        KitView kit)
        implements Serializable {

    public boolean available() {
        return toShip != null || kit != null;
    }

    /** What ships, in words: the part number, or the kit's parts ("DOOR-2 + 2 × PIN-1"); null when nothing. */
    public String shipsAs() {
        return kit != null ? kit.label() : toShip == null ? null : toShip.partNumber();
    }

    /** The description of what ships: the part's, or "kit: " and the kit's parts' descriptions. */
    public String shipDescription() {
        if (kit != null) {
            return "kit: "
                    + String.join(
                            " + ",
                            kit.members().stream()
                                    .map(KitView.Member::description)
                                    .toList());
        }
        return toShip == null ? null : toShip.description();
    }

    /** The list price of what ships (a kit's is the sum over its parts); null when nothing ships. */
    public BigDecimal shipPrice() {
        return kit != null ? kit.listPrice() : toShip == null ? null : toShip.listPrice();
    }

    public String shipCurrency() {
        return kit != null ? kit.currency() : toShip == null ? null : toShip.currency();
    }

    /** Stock of what ships: the part's, or whole kits; 0 when nothing ships. */
    public int shipStock() {
        return kit != null ? kit.stockOnHand() : toShip == null ? 0 : toShip.stockOnHand();
    }
}

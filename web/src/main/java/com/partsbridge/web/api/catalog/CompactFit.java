package com.partsbridge.web.api.catalog;

import com.partsbridge.catalog.fitment.boundary.FittingPart;
import com.partsbridge.catalog.part.boundary.KitView;
import com.partsbridge.catalog.part.boundary.PartView;
import java.util.List;

/**
 * The fit lookup's compact answer ({@code ?compact=true}): what the full answer says, without repeating
 * itself. Most parts ship as listed, and then the full answer gives the same part twice (listed and toShip)
 * and a chain of that one part; here {@code toShip} is left out when it is the listed part, and {@code chain}
 * when nothing superseded it. So: {@code available} with no {@code toShip} and no {@code kit} means the listed
 * part ships; {@code kit}, when present, is the kit that ships instead.
 */
public record CompactFit(
        String position, PartView listed, PartView toShip, List<String> chain, boolean available, KitView kit) {

    static CompactFit of(FittingPart full) {
        boolean shipsAsListed = full.toShip() != null
                && full.toShip().partNumber().equals(full.listed().partNumber());
        return new CompactFit(
                full.position(),
                full.listed(),
                shipsAsListed ? null : full.toShip(),
                full.chain().size() == 1 ? null : full.chain(),
                full.available(),
                full.kit());
    }
}

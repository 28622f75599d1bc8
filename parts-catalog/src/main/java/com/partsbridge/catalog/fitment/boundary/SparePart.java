package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.part.entity.Kit;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a model's public spare parts list: a part listed for a position of the model, or one that
 * supersedes it, with its indicative (list) price and how long it can be had.
 *
 * @param availableUntil the last day we promise the part: the model's parts-support date; null when no end is
 *     set (the model still sells) or when the part can no longer be ordered
 * @param supersededBy the part that replaced this one or, when a kit did, the kit's parts ("DOOR-2 + PIN-1")
 * @param serialRanges the model's serial ranges the part serves, e.g. "H880A00000-H880A99999"
 */
public record SparePart(
        String position,
        String partNumber,
        String description,
        BigDecimal listPrice,
        String currency,
        PartLifecycle lifecycle,
        Availability availability,
        LocalDate availableUntil,
        String supersededBy,
        List<String> serialRanges) {

    /** How long a part can be had, in the terms of the parts list. */
    public enum Availability {
        /** Made and orderable for as long as the model's parts support lasts. */
        AVAILABLE,
        /** Production has stopped (last-time buy or discontinued): only the stock left, within the support date. */
        WHILE_STOCK_LASTS,
        /** Cannot be ordered any more; {@code supersededBy} names the part to order, if any. */
        NO_LONGER_AVAILABLE
    }

    /**
     * The catalog keeps no end date per part, so a part's own end is its lifecycle: one no longer made is
     * promised only while its stock lasts, and one that cannot be ordered is promised no date at all.
     */
    public static SparePart of(String position, Part part, LocalDate partsSupportUntil, List<String> serialRanges) {
        Availability availability;
        if (!part.isOrderable()) {
            availability = Availability.NO_LONGER_AVAILABLE;
        } else if (part.lifecycle() == PartLifecycle.ACTIVE) {
            availability = Availability.AVAILABLE;
        } else {
            availability = Availability.WHILE_STOCK_LASTS;
        }
        return new SparePart(
                position,
                part.partNumber(),
                part.description(),
                part.listPrice().amount(),
                part.listPrice().currency(),
                part.lifecycle(),
                availability,
                availability == Availability.NO_LONGER_AVAILABLE ? null : partsSupportUntil,
                part.supersededBy()
                        .map(Part::partNumber)
                        .or(() -> part.kit().map(Kit::label))
                        .orElse(null),
                List.copyOf(serialRanges));
    }
}

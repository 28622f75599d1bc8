package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the outside world sees of a part.
 *
 * @param supersededBy the part that replaced this one, null when none did (or a kit did)
 * @param supersededByKit the kit that replaced this one, null when none did
 */
public record PartView(
        String partNumber,
        String description,
        BigDecimal listPrice,
        String currency,
        PartLifecycle lifecycle,
        int stockOnHand,
        boolean orderable,
        String supersededBy,
        Interchangeability interchangeability,
        KitView supersededByKit)
        implements Serializable {

    /** A part that no kit replaced. */
    public PartView(
            String partNumber,
            String description,
            BigDecimal listPrice,
            String currency,
            PartLifecycle lifecycle,
            int stockOnHand,
            boolean orderable,
            String supersededBy,
            Interchangeability interchangeability) {
        this(
                partNumber,
                description,
                listPrice,
                currency,
                lifecycle,
                stockOnHand,
                orderable,
                supersededBy,
                interchangeability,
                null);
    }

    public static PartView of(Part p) {
        return new PartView(
                p.partNumber(),
                p.description(),
                p.listPrice().amount(),
                p.listPrice().currency(),
                p.lifecycle(),
                p.stockOnHand(),
                p.isOrderable(),
                p.supersededBy().map(Part::partNumber).orElse(null),
                p.interchangeability().orElse(null),
                p.kitSize() == 0 ? null : p.kit().map(KitView::of).orElse(null));
    }
}

package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.math.BigDecimal;

/** What the outside world sees of a part. */
public record PartView(
        String partNumber,
        String description,
        BigDecimal listPrice,
        String currency,
        PartLifecycle lifecycle,
        int stockOnHand,
        boolean orderable,
        String supersededBy,
        Interchangeability interchangeability) {

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
                p.interchangeability().orElse(null));
    }
}

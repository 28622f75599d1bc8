package com.partsbridge.catalog.fitment.control;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.math.BigDecimal;

/**
 * A part as the fit lookup reads it: plain values from a projection, not a managed entity, so a lookup builds
 * no persistence context, snapshots or proxies.
 *
 * @param supersededById the id of the part that replaced this one, null when none did (its number is the next
 *     part of the chain)
 */
public record PartRow(
        long id,
        String partNumber,
        String description,
        BigDecimal listPrice,
        String currency,
        PartLifecycle lifecycle,
        int stockOnHand,
        Long supersededById,
        Interchangeability interchangeability) {

    public boolean isOrderable() {
        return lifecycle.isOrderable(stockOnHand);
    }
}

package com.partsbridge.catalog.fitment.control;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Kit;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A part as the fit lookup reads it: plain values from a projection, not a managed entity, so a lookup builds
 * no persistence context, snapshots or proxies.
 *
 * @param supersededById the id of the part that replaced this one, null when none did (its number is the next
 *     part of the chain)
 * @param kitSize how many parts the kit that replaced this one has (0: no kit replaced it)
 * @param kit that kit, read after the part (null when none replaced it)
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
        Interchangeability interchangeability,
        int kitSize,
        Kit kit) {

    public PartRow withKit(Kit kit) {
        return new PartRow(
                id,
                partNumber,
                description,
                listPrice,
                currency,
                lifecycle,
                stockOnHand,
                supersededById,
                interchangeability,
                kitSize,
                kit);
    }

    public Optional<Kit> replacingKit() {
        return Optional.ofNullable(kit);
    }

    public boolean isOrderable() {
        return lifecycle.isOrderable(stockOnHand);
    }
}

package com.partsbridge.tradein.obligation.boundary;

import com.partsbridge.catalog.fitment.boundary.SparePart;
import java.time.LocalDate;
import java.util.List;

/**
 * A model's free public spare parts list (as EU ecodesign rules, e.g. Regulation 2023/1670, ask makers to
 * publish): every spare part with its indicative price and availability, and the delivery commitment.
 *
 * @param deliveryWorkingDays working days from order to delivery: the model's declared obligation, else the
 *     default
 * @param deliveryDeclared whether {@code deliveryWorkingDays} comes from a declared obligation for the model
 */
public record PublishedPartsList(
        String modelCode,
        String modelName,
        LocalDate discontinuedOn,
        LocalDate partsSupportUntil,
        int deliveryWorkingDays,
        boolean deliveryDeclared,
        List<SparePart> parts) {

    /** The EU ecodesign delivery figure, promised for models with no obligation of their own. */
    public static final int DEFAULT_DELIVERY_WORKING_DAYS = 15;
}

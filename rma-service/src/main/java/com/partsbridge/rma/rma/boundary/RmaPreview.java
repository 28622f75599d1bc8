package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.ReturnReason;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a request would create, checked as the request itself checks it but not saved: the customer confirms
 * what will ship and why before the RMA exists.
 *
 * @param warrantyEndsOn the last day of warranty cover, or null when the model has no warranty policy
 * @param promisedShipBy the day we promise to ship by if the request is made today
 */
public record RmaPreview(
        long unitId,
        String modelCode,
        String serial,
        boolean inWarranty,
        LocalDate warrantyEndsOn,
        LocalDate promisedShipBy,
        List<Line> lines)
        implements Serializable {

    /**
     * @param reason why the customer asks for the part
     * @param why why this part ships, e.g. "BD-880-A is superseded; BD-880-U fits this unit and ships instead"
     */
    public record Line(
            String requestedPart,
            String shippedPart,
            String shippedDescription,
            int quantity,
            ReturnReason reason,
            BigDecimal unitPrice,
            String currency,
            String why)
            implements Serializable {}
}

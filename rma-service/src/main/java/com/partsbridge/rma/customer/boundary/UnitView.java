package com.partsbridge.rma.customer.boundary;

import com.partsbridge.rma.customer.entity.RegisteredUnit;
import java.io.Serializable;
import java.time.LocalDate;

/** A registered unit as its owner sees it. */
public record UnitView(long id, String modelCode, String serial, LocalDate purchasedOn, String proofOfPurchase)
        implements Serializable {

    public static UnitView of(RegisteredUnit u) {
        return new UnitView(u.id(), u.modelCode(), u.serial(), u.purchasedOn(), u.proofOfPurchase());
    }
}

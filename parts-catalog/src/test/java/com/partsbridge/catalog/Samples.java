package com.partsbridge.catalog;

import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Named builders for catalog fixtures in unit tests. */
public final class Samples {

    private Samples() {}

    public static Part activePart(String number, int stock) {
        return new Part(number, "part " + number, Money.of(new BigDecimal("9.90"), "EUR"), stock);
    }

    public static Part discontinuedPart(String number) {
        Part part = activePart(number, 0);
        part.moveTo(PartLifecycle.DISCONTINUED);
        return part;
    }

    public static ProductModel harmony880() {
        return new ProductModel("HARMONY-880", "Harmony 880 remote", "Harmony remotes", LocalDate.of(2019, 3, 1));
    }
}

package com.partsbridge.catalog.model.boundary;

import com.partsbridge.catalog.model.entity.ModelLifecycle;
import com.partsbridge.catalog.model.entity.ProductModel;
import java.io.Serializable;
import java.time.LocalDate;

/** What the outside world sees of a product model. */
public record ModelView(
        String code,
        String name,
        String family,
        LocalDate launchedOn,
        LocalDate discontinuedOn,
        LocalDate partsSupportUntil,
        String successorCode,
        ModelLifecycle lifecycle)
        implements Serializable {

    public static ModelView of(ProductModel m, LocalDate today) {
        return new ModelView(
                m.code(),
                m.name(),
                m.family(),
                m.launchedOn(),
                m.discontinuedOn().orElse(null),
                m.partsSupportUntil().orElse(null),
                m.successor().map(ProductModel::code).orElse(null),
                m.lifecycleOn(today));
    }
}

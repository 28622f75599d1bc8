package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.fitment.entity.Fitment;
import java.io.Serializable;

/** A recorded fitment. */
public record FitmentView(
        long id, String partNumber, String modelCode, String serialFrom, String serialTo, String position)
        implements Serializable {

    static FitmentView of(Fitment f) {
        return new FitmentView(
                f.id(), f.part().partNumber(), f.model().code(), f.serialFrom(), f.serialTo(), f.position());
    }
}

package com.partsbridge.catalog.fitment.boundary;

import com.partsbridge.catalog.fitment.entity.Fitment;

/** A recorded fitment. */
public record FitmentView(String partNumber, String modelCode, String serialFrom, String serialTo, String position) {

    static FitmentView of(Fitment f) {
        return new FitmentView(f.part().partNumber(), f.model().code(), f.serialFrom(), f.serialTo(), f.position());
    }
}

package com.partsbridge.tradein.program.entity;

import java.math.BigDecimal;

/** The state of a unit traded in, and how much of its credit it keeps. */
public enum ConditionGrade {
    A("1.00"),
    B("0.80"),
    C("0.60"),
    D("0.30");

    private final BigDecimal multiplier;

    ConditionGrade(String multiplier) {
        this.multiplier = new BigDecimal(multiplier);
    }

    public BigDecimal multiplier() {
        return multiplier;
    }
}

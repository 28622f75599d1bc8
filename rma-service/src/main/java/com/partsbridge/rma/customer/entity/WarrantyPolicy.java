package com.partsbridge.rma.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Months of coverage from purchase for a model: in warranty a part is free, out of it it is priced. */
@Entity
@Table(name = "rma_warranty_policy")
public class WarrantyPolicy {

    @Id
    @Column(name = "model_code", length = 40)
    private String modelCode;

    @Column(name = "coverage_months", nullable = false)
    private int coverageMonths;

    protected WarrantyPolicy() {
        // for JPA
    }

    public WarrantyPolicy(String modelCode, int coverageMonths) {
        this.modelCode = modelCode;
        this.coverageMonths = coverageMonths;
    }

    /** Covered up to and including the day before the same date {@code coverageMonths} later. */
    public boolean covers(LocalDate purchasedOn, LocalDate day) {
        return day.isBefore(purchasedOn.plusMonths(coverageMonths));
    }

    /** The last day a unit bought on {@code purchasedOn} is covered. */
    public LocalDate lastCoveredDay(LocalDate purchasedOn) {
        return purchasedOn.plusMonths(coverageMonths).minusDays(1);
    }

    public String modelCode() {
        return modelCode;
    }

    public int coverageMonths() {
        return coverageMonths;
    }
}

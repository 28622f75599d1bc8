package com.partsbridge.tradein.obligation.entity;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What we owe owners of a model: parts for N years after the last unit sold, delivered within D days. */
@Entity
@Table(name = "trd_obligation")
public class PartsObligation {

    @Id
    @Column(name = "model_code", length = 40)
    private String modelCode;

    @Column(name = "years_after_last_sale", nullable = false)
    private int yearsAfterLastSale;

    @Column(name = "delivery_days", nullable = false)
    private int deliveryDays;

    protected PartsObligation() {
        // for JPA
    }

    public PartsObligation(String modelCode, int yearsAfterLastSale, int deliveryDays) {
        if (yearsAfterLastSale < 1 || yearsAfterLastSale > 30) {
            throw new InvalidInputException("yearsAfterLastSale", "an obligation lasts 1 to 30 years");
        }
        if (deliveryDays < 1 || deliveryDays > 365) {
            throw new InvalidInputException("deliveryDays", "a delivery promise is 1 to 365 days");
        }
        this.modelCode = modelCode;
        this.yearsAfterLastSale = yearsAfterLastSale;
        this.deliveryDays = deliveryDays;
    }

    /** The last day we owe parts, counted from the last sale; open-ended while the model still sells. */
    public LocalDate owedUntil(LocalDate lastSale) {
        return lastSale.plusYears(yearsAfterLastSale);
    }

    public String modelCode() {
        return modelCode;
    }

    public int yearsAfterLastSale() {
        return yearsAfterLastSale;
    }

    public int deliveryDays() {
        return deliveryDays;
    }
}

package com.partsbridge.tradein.partner.entity;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** What a source asks for a part, how many it has, and how soon it can ship. */
@Embeddable
public class SupplyTerms {

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "price", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money price;

    @Column(nullable = false)
    private int stock;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    protected SupplyTerms() {
        // for JPA
    }

    public SupplyTerms(Money price, int stock, int leadTimeDays) {
        if (stock < 0) {
            throw new InvalidInputException("stock", "stock cannot be negative");
        }
        if (leadTimeDays < 0 || leadTimeDays > 365) {
            throw new InvalidInputException("leadTimeDays", "a lead time is 0 to 365 days");
        }
        this.price = price;
        this.stock = stock;
        this.leadTimeDays = leadTimeDays;
    }

    public Money price() {
        return price;
    }

    public int stock() {
        return stock;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupplyTerms t
                && price.equals(t.price)
                && stock == t.stock
                && leadTimeDays == t.leadTimeDays;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(price, stock, leadTimeDays);
    }
}

package com.partsbridge.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency; never negative, scaled to the currency's minor units. */
@Embeddable
public class Money {

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        this.currency = currency.getCurrencyCode();
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            throw new InvalidInputException("price", "an amount is required");
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException("price", "an amount cannot be negative");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(
                    currencyCode == null ? "" : currencyCode.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "unknown currency code '" + currencyCode + "'");
        }
        return new Money(amount, currency);
    }

    public static Money zero(String currencyCode) {
        return of(BigDecimal.ZERO, currencyCode);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money times(BigDecimal factor) {
        return of(amount.multiply(factor), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return of(amount.add(other.amount), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0 && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}

package com.partsbridge.tradein.feed.control;

import com.partsbridge.catalog.part.entity.PartNumber;
import com.partsbridge.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/** What makes a feed row an offer we can take; the same rules as a single offer posted through the API. */
public final class OfferRowRules {

    static final String DEFAULT_CURRENCY = "EUR";
    static final int MAX_STOCK = 1_000_000;

    private OfferRowRules() {
    }

    public static CheckedRow check(RawOffer raw) {
        if (raw.broken()) {
            return new CheckedRow.Rejected(raw.row(), raw.problemField(), raw.problem());
        }
        try {
            return new CheckedRow.Valid(raw.row(), partnerPartNumber(raw.partnerPartNumber()),
                    ourPartNumber(raw.ourPartNumber()), price(raw.price()), currency(raw.currency()),
                    whole("stock", raw.stock(), 0, MAX_STOCK), whole("leadTimeDays", raw.leadTimeDays(), 0, 365));
        } catch (InvalidInputException e) {
            return new CheckedRow.Rejected(raw.row(), e.field(), e.getMessage());
        }
    }

    private static String partnerPartNumber(String value) {
        String v = required("partnerPartNumber", value);
        if (v.length() > 60 || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("partnerPartNumber",
                    "a partner part number is at most 60 printable characters");
        }
        return v;
    }

    private static String ourPartNumber(String value) {
        try {
            return PartNumber.normalize(required("ourPartNumber", value));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("ourPartNumber", e.getMessage());
        }
    }

    private static BigDecimal price(String value) {
        BigDecimal price;
        try {
            price = new BigDecimal(required("price", value));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("price", "price must be a number such as 19.90, not '" + value + "'");
        }
        if (price.signum() < 0) {
            throw new InvalidInputException("price", "price cannot be negative");
        }
        if (price.scale() > 2 || price.precision() - price.scale() > 10) {
            throw new InvalidInputException("price", "price has at most 10 digits and 2 decimals");
        }
        return price;
    }

    private static String currency(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_CURRENCY;
        }
        String code = value.trim().toUpperCase();
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() >= 0) { // XXX, XAU and the like price nothing
                return currency.getCurrencyCode();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException("currency", "currency must be an ISO 4217 code such as EUR, not '"
                + value + "'");
    }

    private static int whole(String field, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(required(field, value));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max);
        }
        return n;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.trim();
    }
}

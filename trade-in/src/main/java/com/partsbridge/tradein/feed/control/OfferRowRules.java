package com.partsbridge.tradein.feed.control;

import com.partsbridge.catalog.part.entity.PartNumber;
import com.partsbridge.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/** What makes a feed row an offer we can take; the same rules as a single offer posted through the API. */
public final class OfferRowRules {

    static final String DEFAULT_CURRENCY = "EUR";
    static final int MAX_STOCK = 1_000_000;

    private OfferRowRules() {}

    /** A row as written in a feed: its text is read into values, then the offer rules apply. */
    public static CheckedRow check(RawOffer raw) {
        if (raw.broken()) {
            return new CheckedRow.Rejected(raw.row(), raw.problemField(), raw.problem());
        }
        try {
            // read in column order, so a row with several problems reports the same first one as always
            String partnerPartNumber = partnerPartNumber(raw.partnerPartNumber());
            String ourPartNumber = ourPartNumber(raw.ourPartNumber());
            BigDecimal price = price(decimal("price", raw.price()));
            String currency = currency(raw.currency());
            int stock = range("stock", whole("stock", raw.stock()), 0, MAX_STOCK);
            int leadTimeDays = range("leadTimeDays", whole("leadTimeDays", raw.leadTimeDays()), 0, 365);
            return new CheckedRow.Valid(
                    raw.row(), partnerPartNumber, ourPartNumber, price, currency, stock, leadTimeDays);
        } catch (InvalidInputException e) {
            return new CheckedRow.Rejected(raw.row(), e.field(), e.getMessage());
        }
    }

    /**
     * One offer whose values are typed already (an admin's or a partner's single offer): the same rules as a feed
     * row, since it is a feed of one.
     */
    public static CheckedRow check(
            int row,
            String partnerPartNumber,
            String ourPartNumber,
            BigDecimal price,
            String currency,
            int stock,
            int leadTimeDays) {
        try {
            return new CheckedRow.Valid(
                    row,
                    partnerPartNumber(partnerPartNumber),
                    ourPartNumber(ourPartNumber),
                    price(price),
                    currency(currency),
                    range("stock", stock, 0, MAX_STOCK),
                    range("leadTimeDays", leadTimeDays, 0, 365));
        } catch (InvalidInputException e) {
            return new CheckedRow.Rejected(row, e.field(), e.getMessage());
        }
    }

    private static String partnerPartNumber(String value) {
        String v = required("partnerPartNumber", value);
        if (v.length() > 60 || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "partnerPartNumber", "a partner part number is at most 60 printable characters");
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

    private static BigDecimal decimal(String field, String value) {
        try {
            return new BigDecimal(required(field, value));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a number such as 19.90, not '" + value + "'");
        }
    }

    private static BigDecimal price(BigDecimal price) {
        if (price == null) {
            throw new InvalidInputException("price", "price is required");
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
        throw new InvalidInputException(
                "currency", "currency must be an ISO 4217 code such as EUR, not '" + value + "'");
    }

    private static int whole(String field, String value) {
        try {
            return Integer.parseInt(required(field, value));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number, not '" + value + "'");
        }
    }

    private static int range(String field, int n, int min, int max) {
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

package com.partsbridge.tradein.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A single offer (admin or partner API) and a feed row go through one rule set and are refused alike. */
class OfferRowRulesTest {

    @Test
    void aSingleOfferInACurrencyWithoutMinorUnitsIsRefusedAsAFeedRowIs() {
        CheckedRow single = OfferRowRules.check(1, "X-1", "BD-880-U", new BigDecimal("2.00"), "XAU", 5, 3);
        CheckedRow row = OfferRowRules.check(new RawOffer(1, "X-1", "BD-880-U", "2.00", "XAU", "5", "3", null, null));

        assertEquals(
                "currency", assertInstanceOf(CheckedRow.Rejected.class, single).field());
        assertEquals(row, single);
    }

    @Test
    void aSingleOfferGetsTheFeedsDefaultsAndNormalisedValues() {
        CheckedRow.Valid single = assertInstanceOf(
                CheckedRow.Valid.class, OfferRowRules.check(1, " X-1 ", "bd-880-u", new BigDecimal("2.5"), null, 5, 3));

        assertEquals(new CheckedRow.Valid(1, "X-1", "BD-880-U", new BigDecimal("2.5"), "EUR", 5, 3), single);
    }

    @Test
    void aSingleOfferBreakingARangeNamesTheField() {
        assertEquals(
                "stock",
                ((CheckedRow.Rejected) OfferRowRules.check(1, "X-1", "BD-880-U", BigDecimal.ONE, "EUR", 2_000_000, 3))
                        .field());
        assertEquals(
                "price",
                ((CheckedRow.Rejected) OfferRowRules.check(1, "X-1", "BD-880-U", new BigDecimal("1.005"), "EUR", 1, 3))
                        .field());
        assertEquals(
                "partnerPartNumber",
                ((CheckedRow.Rejected) OfferRowRules.check(1, "X\u0007Y", "BD-880-U", BigDecimal.ONE, "EUR", 1, 3))
                        .field());
    }
}

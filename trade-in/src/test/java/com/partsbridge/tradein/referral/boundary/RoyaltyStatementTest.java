package com.partsbridge.tradein.referral.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoyaltyStatementTest {

    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void neutralisesPartnerTextThatASpreadsheetWouldRunAsAFormula() {
        String csv = statement("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")
                .toCsv();

        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",10.00,"), csv);
        assertTrue(csv.contains(",\"'+1+1\",10.00,"), csv);
        assertTrue(csv.contains(",\"'-2+3\",10.00,"), csv);
        assertTrue(csv.contains(",\"'@SUM(A1)\",10.00,"), csv);
        assertTrue(csv.contains(",\"'\tTAB\",10.00,"), csv);
        assertTrue(csv.contains(",\"'\rCR\",10.00,"), csv);
    }

    @Test
    void leavesOrdinaryPartNumbersAndOurOwnAmountsAsTheyAre() {
        String csv = new RoyaltyStatement(
                        3,
                        "ReLink",
                        "2026-11",
                        new BigDecimal("0.08"),
                        List.of(new RoyaltyStatement.Line(
                                12, "BD-880-U", "RL-BD880", new BigDecimal("19.90"), new BigDecimal("1.59"), AT)),
                        new BigDecimal("-19.90"),
                        new BigDecimal("-1.59"),
                        "EUR")
                .toCsv();

        assertTrue(csv.contains("\r\n12,BD-880-U,RL-BD880,19.90,1.59,EUR,2026-11-20T09:00:00Z\r\n"), csv);
        assertTrue(csv.endsWith("total,,,-19.90,-1.59,EUR,\r\n"), "a negative amount we write stays a number: " + csv);
    }

    @Test
    void quotesAPartNumberWithACommaOrAQuote() {
        assertEquals("\"A,B\"", RoyaltyStatement.quoted("A,B"));
        assertEquals("\"say \"\"x\"\"\"", RoyaltyStatement.quoted("say \"x\""));
        assertEquals("\"'-X\"", RoyaltyStatement.quoted("-X"), "a leading minus in text is neutralised too");
    }

    private static RoyaltyStatement statement(String... partnerPartNumbers) {
        List<RoyaltyStatement.Line> lines = java.util.stream.IntStream.range(0, partnerPartNumbers.length)
                .mapToObj(i -> new RoyaltyStatement.Line(
                        i + 1, "BD-880-U", partnerPartNumbers[i], new BigDecimal("10.00"), new BigDecimal("0.80"), AT))
                .toList();
        return new RoyaltyStatement(
                3,
                "ReLink",
                "2026-11",
                new BigDecimal("0.08"),
                lines,
                new BigDecimal("60.00"),
                new BigDecimal("4.80"),
                "EUR");
    }
}

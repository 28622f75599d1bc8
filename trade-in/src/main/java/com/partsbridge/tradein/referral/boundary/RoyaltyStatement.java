package com.partsbridge.tradein.referral.boundary;

import com.partsbridge.kernel.CsvCells;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What one partner owes us for one month: every referral fulfilled in it, and the totals. */
public record RoyaltyStatement(
        long partnerId,
        String partner,
        String month,
        BigDecimal royaltyRate,
        List<Line> lines,
        BigDecimal totalSales,
        BigDecimal totalRoyalty,
        String currency)
        implements Serializable {

    public record Line(
            long referralId,
            String ourPartNumber,
            String partnerPartNumber,
            BigDecimal salePrice,
            BigDecimal royalty,
            Instant fulfilledAt)
            implements Serializable {}

    /**
     * RFC 4180 CSV: one row per referral, then the totals. Text cells (part numbers: partners write theirs) are
     * neutralised against spreadsheet formulas (OWASP CSV injection): one that starts with =, +, -, @, a tab or a
     * carriage return gets a leading single quote. Numbers, ids, the currency and timestamps are written by us
     * from typed values and are left as they are, so amounts stay numbers.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(
                "referral_id,our_part_number,partner_part_number,sale_price,royalty," + "currency,fulfilled_at\r\n");
        for (Line l : lines) {
            csv.append(l.referralId())
                    .append(',')
                    .append(quoted(l.ourPartNumber()))
                    .append(',')
                    .append(quoted(l.partnerPartNumber()))
                    .append(',')
                    .append(l.salePrice().toPlainString())
                    .append(',')
                    .append(l.royalty().toPlainString())
                    .append(',')
                    .append(currency)
                    .append(',')
                    .append(l.fulfilledAt())
                    .append("\r\n");
        }
        return csv.append("total,,,")
                .append(totalSales.toPlainString())
                .append(',')
                .append(totalRoyalty.toPlainString())
                .append(',')
                .append(currency)
                .append(",\r\n")
                .toString();
    }

    /** A text cell: see {@link CsvCells}. */
    static String quoted(String value) {
        return CsvCells.text(value);
    }
}

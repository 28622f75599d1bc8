package com.partsbridge.tradein.feed.control;

/**
 * One row of a feed as written, before any rule is applied. Values are text whatever the format; a row the
 * parser could already tell is broken (wrong column count, wrong JSON type, too long) carries that problem.
 */
public record RawOffer(
        int row,
        String partnerPartNumber,
        String ourPartNumber,
        String price,
        String currency,
        String stock,
        String leadTimeDays,
        String problemField,
        String problem) {

    static RawOffer broken(int row, String field, String problem) {
        return new RawOffer(row, null, null, null, null, null, null, field, problem);
    }

    public boolean broken() {
        return problem != null;
    }
}

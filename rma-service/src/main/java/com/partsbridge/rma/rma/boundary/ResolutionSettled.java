package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaLine;
import com.partsbridge.rma.rma.entity.Settlement;
import java.math.BigDecimal;

/**
 * CDI event, fired in the transaction that settles a line's money (refund, store credit, charge or write-off),
 * once per line: the customer's notice is written in the same transaction.
 */
public record ResolutionSettled(
        String rmaNumber,
        String customerUsername,
        int lineNo,
        String part,
        Settlement settlement,
        BigDecimal amount,
        String currency) {

    /** The event for a line of {@code rma} that has just been settled. */
    static ResolutionSettled of(Rma rma, RmaLine line) {
        return new ResolutionSettled(
                rma.number(),
                rma.customer().username(),
                line.lineNo(),
                line.approvedPart(),
                line.settlement().orElseThrow(),
                line.settled().orElseThrow().amount(),
                line.settled().orElseThrow().currency());
    }

    /** Names this settlement once: the notice's occurrence key. */
    public String occurrenceKey() {
        return "settlement-" + rmaNumber + "-" + lineNo;
    }
}

package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CDI event, fired once per RMA in the transaction that finds an advance replacement's old part overdue: the
 * customer is told before anything is charged or written off, on {@code settleOn}.
 */
public record ReturnOverdue(
        String rmaNumber,
        String customerUsername,
        LocalDate dueOn,
        LocalDate settleOn,
        Settlement unreturned,
        BigDecimal amount,
        String currency) {

    public String occurrenceKey() {
        return "return-overdue-" + rmaNumber;
    }
}

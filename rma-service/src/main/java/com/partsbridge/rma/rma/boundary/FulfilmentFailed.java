package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.FailureKind;

/** CDI event, fired in the transaction that records a failed fulfilment. */
public record FulfilmentFailed(
        long failureId, String rmaNumber, String customerUsername, String unit, FailureKind kind, String note) {}

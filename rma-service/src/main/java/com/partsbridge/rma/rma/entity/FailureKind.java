package com.partsbridge.rma.rma.entity;

/** Ways a fulfilment fails the customer; the second one for a unit escalates the case. */
public enum FailureKind {
    WRONG_PART_PICKED,
    WRONG_PART_DELIVERED,
    LOST,
    LATE
}

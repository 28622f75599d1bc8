package com.partsbridge.rma.rma.entity;

/** Why a part is requested; kept for quality analysis. */
public enum ReturnReason {
    DEFECTIVE,
    DAMAGED,
    MISSING,
    WORN_OUT
}

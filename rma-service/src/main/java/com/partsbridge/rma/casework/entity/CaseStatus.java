package com.partsbridge.rma.casework.entity;

/** A case is open until its owner has answered it. */
public enum CaseStatus {
    OPEN,
    ANSWERED
}

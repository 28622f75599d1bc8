package com.partsbridge.rma.casework.entity;

/** What happened to a case, for its audit trail. */
public enum CaseEventKind {
    OPENED,
    CLIMBED,
    HANDED_DOWN,
    ANSWERED
}

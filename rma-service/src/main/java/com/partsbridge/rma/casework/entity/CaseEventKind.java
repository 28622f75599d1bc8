package com.partsbridge.rma.casework.entity;

/** What happened to a case, for its audit trail. */
public enum CaseEventKind {
    OPENED,
    CLIMBED,
    HANDED_DOWN,
    ANSWERED,
    /** The writer wrote again before our answer: the message joins the thread, the deadline stands. */
    WROTE_AGAIN,
    /** The writer wrote again after our answer: the case is open again with a new deadline. */
    REOPENED
}

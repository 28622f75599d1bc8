package com.partsbridge.rma.casework.entity;

/** What a message is about; each topic has its own rota of owners and its own reply deadline. */
public enum Topic {
    PARTS,
    RMA,
    BILLING,
    LEADERSHIP,
    OTHER;

    /** The key of this topic in configuration, e.g. {@code partsbridge.cases.rota.parts}. */
    public String key() {
        return name().toLowerCase();
    }
}

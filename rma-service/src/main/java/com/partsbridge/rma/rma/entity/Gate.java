package com.partsbridge.rma.rma.entity;

/** The three places where a wrong part is caught. */
public enum Gate {
    /** the request, and again the rep's verification: the part must fit the registered unit */
    REQUEST,
    /** packing: the scanned part must be the approved one */
    SHIPMENT,
    /** receiving the old part back: it must be the expected one */
    RETURN
}

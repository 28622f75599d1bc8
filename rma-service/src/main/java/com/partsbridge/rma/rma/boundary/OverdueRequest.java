package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.RmaState;
import java.io.Serializable;
import java.time.Instant;

/** An RMA still not delivered after the number of days a delivery promise allows. */
public record OverdueRequest(
        String number, String modelCode, String serial, RmaState state, Instant requestedAt, long daysOpen)
        implements Serializable {}

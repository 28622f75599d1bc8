package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Gate;

/** CDI event: a gate stopped a wrong part. */
public record WrongPartCaught(String rmaNumber, long unitId, Gate gate, String expected, String actual) {}

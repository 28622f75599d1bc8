package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Gate;
import java.util.List;

/** The figure the business watches: how often each gate catches a wrong part. */
public record WrongPartRates(List<GateRate> gates) {

    public record GateRate(Gate gate, long checks, long caught, double rate) {}
}

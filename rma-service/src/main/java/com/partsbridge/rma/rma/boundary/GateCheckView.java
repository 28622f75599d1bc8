package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.GateCheck;
import java.io.Serializable;
import java.time.Instant;

/** One wrong-part check of an RMA: the gate, what was expected, what was offered, and whether it passed. */
public record GateCheckView(Gate gate, boolean passed, String expected, String actual, Instant at, String actor)
        implements Serializable {

    static GateCheckView of(GateCheck c) {
        return new GateCheckView(c.gate(), c.passed(), c.expected(), c.actual(), c.checkedAt(), c.actor());
    }
}

package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.RmaState;
import java.time.Instant;
import java.util.List;

/**
 * What a unit's RMAs did, for its service history: each RMA with its lines (parts and serials), when it last
 * shipped and when its return came back, and the wrong parts caught on it.
 */
public record UnitRmaTrace(
        String number,
        RmaState state,
        Instant requestedAt,
        Instant shippedAt,
        Instant returnReceivedAt,
        List<RmaView.Line> lines,
        List<GateCheckView> caught) {}

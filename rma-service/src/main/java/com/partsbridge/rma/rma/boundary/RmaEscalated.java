package com.partsbridge.rma.rma.boundary;

import java.time.Instant;

/** CDI event: a unit's owner was failed twice and the case now has a named senior owner. */
public record RmaEscalated(String rmaNumber, String customerUsername, String owner, Instant deadline) {}

package com.partsbridge.rma.rma.boundary;

import java.math.BigDecimal;

/** Nothing is left to do on the RMA. */
public record Closing(@SeenVersion BigDecimal version) implements VersionedAction {}

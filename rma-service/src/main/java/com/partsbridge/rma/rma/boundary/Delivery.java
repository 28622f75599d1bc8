package com.partsbridge.rma.rma.boundary;

import java.math.BigDecimal;

/** The carrier delivered the parts. */
public record Delivery(@SeenVersion BigDecimal version) implements VersionedAction {}

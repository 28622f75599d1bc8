package com.partsbridge.tradein.feed.boundary;

import java.io.Serializable;

/** A feed row that was not applied: its number (1 is the first offer), the field at fault and why. */
public record RejectedRow(int row, String field, String reason) implements Serializable {}

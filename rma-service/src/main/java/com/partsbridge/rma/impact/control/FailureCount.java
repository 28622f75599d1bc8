package com.partsbridge.rma.impact.control;

import com.partsbridge.rma.impact.entity.Journey;
import java.time.Instant;

/** One stored row: a customer's failures on a journey within the minute starting at {@code minute}. */
public record FailureCount(String customer, Journey journey, Instant minute, int failures) {}

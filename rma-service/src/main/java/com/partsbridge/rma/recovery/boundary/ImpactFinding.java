package com.partsbridge.rma.recovery.boundary;

import java.time.Instant;
import java.util.Map;

/**
 * What impact detection found on one journey: the customers who had failures (with how many) and the period.
 * It becomes a proposed incident, or extends the journey's open one.
 */
public record ImpactFinding(
        String journey, String title, String description, Map<String, Integer> customers, Instant from, Instant to) {}

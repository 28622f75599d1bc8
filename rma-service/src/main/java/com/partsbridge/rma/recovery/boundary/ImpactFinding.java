package com.partsbridge.rma.recovery.boundary;

import java.time.Instant;
import java.util.Map;

/**
 * What impact detection found on one journey: the customers who had failures (with how many) and the period.
 * It becomes a proposed incident, or extends the journey's open one.
 */
public record ImpactFinding(
        String journey, String title, String description, Map<String, Integer> customers, Instant from, Instant to) {

    /**
     * Whether these failures began before {@code decidedUntil}, the end of an incident staff already decided on
     * (confirmed or dismissed) for this journey. The detector counts only failures from that end on, so such a
     * finding was counted from a view older than the decision (staff confirmed the proposal while the detector
     * ran): its failures were answered already and must not become a second incident.
     */
    public boolean predates(Instant decidedUntil) {
        return decidedUntil != null && from.isBefore(decidedUntil);
    }
}

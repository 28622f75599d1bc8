package com.partsbridge.rma.impact.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One run of the detector as of {@code asOf}: per journey, the failures and distinct customers it counted
 * (within the window, or since the journey's open proposal began; never those of an incident already decided),
 * the incidents it proposed or extended, and those it confirmed because nobody decided in time.
 */
public record DetectionRun(Instant asOf, List<Counted> counted, List<Long> proposed, List<Long> autoConfirmed) {

    public record Counted(String journey, int failures, int customers) {}
}

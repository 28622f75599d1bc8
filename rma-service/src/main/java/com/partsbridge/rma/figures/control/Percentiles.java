package com.partsbridge.rma.figures.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Nearest-rank percentiles of durations, computed in Java because H2 and PostgreSQL share no percentile
 * function (PostgreSQL's percentile_cont does not exist on H2). The caller bounds the input.
 */
public final class Percentiles {

    private final List<Duration> sorted;

    public Percentiles(List<Duration> durations) {
        this.sorted = new ArrayList<>(durations);
        Collections.sort(this.sorted);
    }

    public int count() {
        return sorted.size();
    }

    /** The smallest duration that at least {@code percent} % of the durations do not exceed; empty without data. */
    public Optional<Duration> at(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a percentile is between 1 and 100");
        }
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}

package com.partsbridge.rma.impact.control;

import com.partsbridge.rma.impact.entity.Journey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The failures of one journey within a stretch of time: who had them, how many, from when to when. */
public record JourneyTally(Journey journey, Map<String, Integer> customers, Instant first, Instant end) {

    /** Adds up {@code rows} per journey, counting only minutes from {@code from} on (inclusive). */
    public static List<JourneyTally> of(Collection<FailureCount> rows, Map<Journey, Instant> from) {
        Map<Journey, JourneyTally> tallies = new EnumMap<>(Journey.class);
        for (FailureCount row : rows) {
            Instant start = from.get(row.journey());
            if (start != null && row.minute().isBefore(start)) {
                continue;
            }
            JourneyTally was = tallies.get(row.journey());
            Instant rowEnd = row.minute().plus(Duration.ofMinutes(1));
            Map<String, Integer> customers = was == null ? new TreeMap<>() : new TreeMap<>(was.customers());
            customers.merge(row.customer(), row.failures(), Integer::sum);
            tallies.put(
                    row.journey(),
                    new JourneyTally(
                            row.journey(),
                            customers,
                            was == null || row.minute().isBefore(was.first()) ? row.minute() : was.first(),
                            was == null || rowEnd.isAfter(was.end()) ? rowEnd : was.end()));
        }
        return List.copyOf(tallies.values());
    }

    public int failures() {
        return customers.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Enough failures by enough distinct customers to be an incident. */
    public boolean crosses(int minFailures, int minCustomers) {
        return failures() >= minFailures && customers.size() >= minCustomers;
    }
}

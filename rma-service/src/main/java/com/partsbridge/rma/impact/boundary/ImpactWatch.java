package com.partsbridge.rma.impact.boundary;

import com.partsbridge.rma.impact.control.FailureCount;
import com.partsbridge.rma.impact.control.ImpactRules;
import com.partsbridge.rma.impact.control.JourneyTally;
import com.partsbridge.rma.impact.control.RequestFailureLog;
import com.partsbridge.rma.impact.entity.Journey;
import com.partsbridge.rma.recovery.boundary.ImpactFinding;
import com.partsbridge.rma.recovery.boundary.Incidents;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The detector. Every ten seconds it adds up the failures of the sliding window per journey; when a journey
 * crosses the thresholds ({@link ImpactRules}) it proposes an incident whose affected set is exactly the
 * customers who failed and whose period is the failures' minutes. A journey with an open proposal extends it
 * instead (one open proposal per journey, enforced by a unique column, also across nodes). Failures up to the
 * end of an incident staff already decided on do not count again. Then it confirms the proposals that waited
 * longer than the auto-confirm delay. A timer is an entry point, so it is a boundary; a singleton, so that runs
 * on one node never overlap.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImpactWatch {

    private static final Logger LOG = Logger.getLogger(ImpactWatch.class.getName());

    @Inject
    RequestFailureLog log;

    @Inject
    ImpactRules rules;

    @Inject
    Incidents incidents;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void watch() {
        try {
            runAt(Instant.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "impact detection failed this round: " + e.getMessage());
        }
    }

    /** One run as of {@code asOf} (the timer's now; a test may pass another instant). */
    public DetectionRun runAt(Instant asOf) {
        Map<String, Instant> open = incidents.openProposals();
        Map<String, Instant> decided = incidents.decidedUntil();
        Instant windowStart = asOf.minus(rules.window());
        Map<Journey, Instant> from = new EnumMap<>(Journey.class);
        Instant earliest = windowStart;
        for (Journey journey : Journey.values()) {
            Instant start = open.getOrDefault(journey.name(), windowStart);
            Instant answered = decided.get(journey.name());
            if (answered != null && answered.isAfter(start)) {
                start = answered;
            }
            from.put(journey, start);
            earliest = start.isBefore(earliest) ? start : earliest;
        }
        List<FailureCount> rows = log.between(earliest, asOf);
        List<Long> proposed = new ArrayList<>();
        List<DetectionRun.Counted> counted = new ArrayList<>();
        for (JourneyTally tally : JourneyTally.of(rows, from)) {
            counted.add(new DetectionRun.Counted(
                    tally.journey().name(), tally.failures(), tally.customers().size()));
            if (open.containsKey(tally.journey().name()) || tally.crosses(rules.minFailures(), rules.minCustomers())) {
                try {
                    proposed.add(incidents.propose(finding(tally)).id());
                } catch (RuntimeException e) { // another node proposed it at the same moment: extended next round
                    LOG.log(Level.INFO, "proposal for " + tally.journey() + " not made this round: " + e.getMessage());
                }
            }
        }
        List<Long> confirmed = new ArrayList<>();
        for (Long id : incidents.dueForAutoConfirm(asOf.minus(rules.autoConfirmAfter()))) {
            try {
                confirmed.add(incidents.autoConfirm(id).id());
            } catch (RuntimeException e) { // staff decided at the same moment, or it affects nobody any more
                LOG.log(Level.INFO, "incident " + id + " not auto-confirmed: " + e.getMessage());
            }
        }
        return new DetectionRun(asOf, counted, proposed, confirmed);
    }

    private static ImpactFinding finding(JourneyTally tally) {
        String doing = tally.journey().doing();
        return new ImpactFinding(
                tally.journey().name(),
                "Our site failed you while " + doing,
                "Our site answered you with errors, or too slowly, while you were " + doing,
                tally.customers(),
                tally.first(),
                tally.end());
    }
}

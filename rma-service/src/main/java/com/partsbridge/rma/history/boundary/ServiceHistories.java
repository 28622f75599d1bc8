package com.partsbridge.rma.history.boundary;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.history.boundary.HistoryEntry.Kind;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.NoticesByCase;
import com.partsbridge.rma.rma.boundary.GateCheckView;
import com.partsbridge.rma.rma.boundary.RmaTraces;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.UnitRmaTrace;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A registered unit's service history: every RMA, every part shipped and returned with its serial or lot, the
 * wrong parts caught, every notice we sent about it and what we granted with it, newest first. It asks each
 * component's boundary (RMAs, notices, and any {@link UnitHistorySource}, e.g. customer cases once they exist)
 * and merges; a unit's history is short enough to merge in memory and page after.
 */
@Stateless
public class ServiceHistories {

    @Inject
    Units units;

    @Inject
    RmaTraces rmas;

    @Inject
    NoticesByCase notices;

    @Inject
    @Any
    Instance<UnitHistorySource> otherSources;

    /** The caller's own unit; another customer's is a 404, as if it did not exist. */
    public UnitHistory ofOwnUnit(String username, long unitId, PageRequest page) {
        return of(UnitView.of(units.ownedBy(username, unitId)), username, page);
    }

    /** Any unit, for reps. */
    public UnitHistory ofUnit(long unitId, PageRequest page) {
        return of(units.any(unitId), null, page);
    }

    /** Any unit by model and serial, as the label shows them, for reps. */
    public UnitHistory ofUnit(String modelCode, String serial, PageRequest page) {
        return of(units.any(modelCode, serial), null, page);
    }

    private UnitHistory of(UnitView unit, String owner, PageRequest page) {
        List<HistoryEntry> all = new ArrayList<>();
        List<UnitRmaTrace> traces = rmas.ofUnit(unit.id());
        traces.forEach(t -> addRma(t, all));
        for (NoticeView n :
                notices.about(traces.stream().map(UnitRmaTrace::number).toList())) {
            all.add(new HistoryEntry(
                    n.createdAt(), Kind.NOTICE, n.caseRef(), null, null, null, n.subject(), null, null));
            n.concessions()
                    .forEach(g -> all.add(new HistoryEntry(
                            n.createdAt(),
                            Kind.CONCESSION,
                            n.caseRef(),
                            null,
                            null,
                            null,
                            g.kind(),
                            g.amount(),
                            g.currency())));
        }
        otherSources.forEach(source -> all.addAll(source.entriesFor(unit.id(), owner)));
        // newest first; at one instant, what followed (a concession after its notice, a return after a shipment)
        all.sort(Comparator.comparing(HistoryEntry::at)
                .thenComparing(e -> e.kind().ordinal())
                .reversed());
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new UnitHistory(
                unit.id(), unit.modelCode(), unit.serial(), Page.of(all.subList(from, to), page, all.size()));
    }

    private static void addRma(UnitRmaTrace t, List<HistoryEntry> into) {
        into.add(HistoryEntry.of(t.requestedAt(), Kind.RMA_REQUESTED, t.number(), t.state(), null, null));
        for (RmaView.Line line : t.lines()) {
            if (t.shippedAt() != null) {
                into.add(HistoryEntry.of(
                        t.shippedAt(),
                        Kind.PART_SHIPPED,
                        t.number(),
                        t.state(),
                        line.approvedPart(),
                        line.shippedSerial()));
            }
            if (t.returnReceivedAt() != null
                    && (line.returnedSerial() != null || t.lines().size() == 1)) {
                into.add(HistoryEntry.of(
                        t.returnReceivedAt(),
                        Kind.PART_RETURNED,
                        t.number(),
                        t.state(),
                        line.requestedPart(),
                        line.returnedSerial()));
            }
        }
        for (GateCheckView c : t.caught()) {
            into.add(new HistoryEntry(
                    c.at(), Kind.WRONG_PART_CAUGHT, t.number(), t.state(), c.actual(), null, c.expected(), null, null));
        }
    }
}

package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaAction;
import com.partsbridge.rma.rma.entity.RmaEvent;
import com.partsbridge.rma.rma.entity.RmaLine;
import com.partsbridge.rma.rma.entity.RmaState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An RMA with its lines, what can be done to it now and, where asked for, its history. */
public record RmaView(
        String number,
        RmaState state,
        String customer,
        long unitId,
        String modelCode,
        String serial,
        boolean inWarranty,
        boolean returnRequired,
        Instant requestedAt,
        LocalDate promisedShipBy,
        String escalatedTo,
        Instant escalationDeadline,
        long version,
        boolean overdue,
        List<RmaAction> actions,
        List<Line> lines,
        List<Event> history) {

    public record Line(
            int lineNo,
            String requestedPart,
            String approvedPart,
            int quantity,
            String reason,
            BigDecimal unitPrice,
            String currency) {

        static Line of(RmaLine l) {
            return new Line(
                    l.lineNo(),
                    l.requestedPart(),
                    l.approvedPart(),
                    l.quantity(),
                    l.reason().name(),
                    l.unitPrice().amount(),
                    l.unitPrice().currency());
        }
    }

    public record Event(Instant at, String actor, RmaState from, RmaState to, String note) {

        static Event of(RmaEvent e) {
            return new Event(e.occurredAt(), e.actor(), e.from(), e.to(), e.note());
        }
    }

    /** {@code now} tells whether it is overdue; {@code actions} are what can be done to it now. */
    public static RmaView of(Rma r, boolean withHistory, Instant now) {
        return new RmaView(
                r.number(),
                r.state(),
                r.customer().username(),
                r.unit().id(),
                r.unit().modelCode(),
                r.unit().serial(),
                r.inWarranty(),
                r.returnRequired(),
                r.requestedAt(),
                r.promisedShipBy(),
                r.escalatedTo().orElse(null),
                r.escalationDeadline().orElse(null),
                r.version(),
                r.isOverdue(now),
                r.allowedActions(),
                r.lines().stream().map(Line::of).toList(),
                withHistory ? r.history().stream().map(Event::of).toList() : List.of());
    }
}

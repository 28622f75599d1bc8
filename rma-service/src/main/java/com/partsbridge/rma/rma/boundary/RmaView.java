package com.partsbridge.rma.rma.boundary;

import com.partsbridge.kernel.Money;
import com.partsbridge.rma.rma.entity.Resolution;
import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaAction;
import com.partsbridge.rma.rma.entity.RmaEvent;
import com.partsbridge.rma.rma.entity.RmaLine;
import com.partsbridge.rma.rma.entity.RmaState;
import com.partsbridge.rma.rma.entity.Settlement;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An RMA with its lines (with the serial or lot shipped and returned), what can be done to it now and, where
 * asked for, its history; {@code dueOn} is the delivery promise in working days, {@code dueWarned} whether its
 * owner was warned, {@code breachedOn} the day it was found broken. Each line says its {@code resolution} and
 * the money it settled, if any ({@code settlement}, {@code settledAmount}); {@code returnDueOn} is the day an
 * advance replacement's old part is due back, {@code returnRemindedOn} the day the customer was told it is late.
 */
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
        List<Event> history,
        LocalDate dueOn,
        boolean dueWarned,
        LocalDate breachedOn,
        LocalDate returnDueOn,
        LocalDate returnRemindedOn)
        implements Serializable {

    public record Line(
            int lineNo,
            String requestedPart,
            String approvedPart,
            int quantity,
            String reason,
            BigDecimal unitPrice,
            String currency,
            String shippedSerial,
            String returnedSerial,
            List<KitPart> kit,
            Resolution resolution,
            Settlement settlement,
            BigDecimal settledAmount)
            implements Serializable {

        /** A part of the kit the line ships, and how many per kit. */
        public record KitPart(String partNumber, int quantity) implements Serializable {}

        /** The part numbers scanned at packing for this line: the approved part, or each part of its kit. */
        public List<String> partsToScan() {
            return kit.isEmpty()
                    ? List.of(approvedPart)
                    : kit.stream().map(KitPart::partNumber).toList();
        }

        static Line of(RmaLine l) {
            return new Line(
                    l.lineNo(),
                    l.requestedPart(),
                    l.approvedPart(),
                    l.quantity(),
                    l.reason().name(),
                    l.unitPrice().amount(),
                    l.unitPrice().currency(),
                    l.shippedSerial().orElse(null),
                    l.returnedSerial().orElse(null),
                    l.kitParts().stream()
                            .map(k -> new KitPart(k.partNumber(), k.quantity()))
                            .toList(),
                    l.resolution().orElse(null),
                    l.settlement().orElse(null),
                    l.settled().map(Money::amount).orElse(null));
        }
    }

    public record Event(Instant at, String actor, RmaState from, RmaState to, String note) implements Serializable {

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
                withHistory ? r.history().stream().map(Event::of).toList() : List.of(),
                r.dueOn().orElse(null),
                r.dueWarned(),
                r.breachedOn().orElse(null),
                r.returnDueOn().orElse(null),
                r.returnRemindedOn().orElse(null));
    }
}

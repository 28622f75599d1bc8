package com.partsbridge.rma.rma.boundary;

import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.PartResolution;
import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.catalog.part.entity.PartNumber;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.rma.clock.control.PromiseCalendar;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.customer.boundary.Warranties;
import com.partsbridge.rma.customer.entity.RegisteredUnit;
import com.partsbridge.rma.rma.control.Escalation;
import com.partsbridge.rma.rma.control.GateLog;
import com.partsbridge.rma.rma.control.ResolutionSettings;
import com.partsbridge.rma.rma.control.RmaRepository;
import com.partsbridge.rma.rma.entity.FailureKind;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.KitPart;
import com.partsbridge.rma.rma.entity.Rma;
import com.partsbridge.rma.rma.entity.RmaAction;
import com.partsbridge.rma.rma.entity.RmaLine;
import com.partsbridge.rma.rma.entity.RmaState;
import com.partsbridge.rma.rma.entity.SerialOrLot;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The life of an RMA, with the wrong-part guard at its three gates: the requested part must fit the
 * registered unit (at request and again at verification), the scanned part must be the approved one (at
 * shipment), and the returned part must be the expected one (at receipt).
 */
@Stateless
public class Rmas {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Warranties warranties;

    @Inject
    Fitments fitments;

    @Inject
    RmaRepository repository;

    @Inject
    GateLog gates;

    @Inject
    Escalation escalation;

    @Inject
    Clock clock;

    @Inject
    PromiseCalendar promises;

    @Inject
    Parts parts;

    @Inject
    ResolutionSettings resolutionSettings;

    @Inject
    Event<ResolutionSettled> settledEvents;

    @Inject
    @ConfigProperty(name = "partsbridge.rma.ship-within-days", defaultValue = "3")
    int shipWithinDays;

    /** Gate 1 at request: each part, after supersession, must fit the unit, or nothing is requested. */
    public RmaView request(String username, NewRma request) {
        RegisteredUnit unit = units.ownedBy(username, request.unitId());
        LocalDate today = LocalDate.now(clock);
        boolean inWarranty = warranties
                .coverEndingIfCoveredToday(unit.modelCode(), unit.purchasedOn())
                .isPresent();
        List<RmaLine> lines = new ArrayList<>();
        List<PartResolution> fits = new ArrayList<>();
        for (NewRma.Line line : request.lines()) {
            PartResolution fit = fitments.resolve(line.partNumber(), unit.modelCode(), unit.serial());
            if (!fit.shippable()) { // a refused request has no number: the catch is kept by unit
                gateRefused(null, unit, fit, username);
            }
            fits.add(fit);
            Money price = price(fit, inWarranty);
            lines.add(
                    fit.shipsKit()
                            ? new RmaLine(fit.requested(), kitParts(fit), line.quantity(), line.reason(), price)
                            : new RmaLine(
                                    fit.requested(), fit.toShip().partNumber(), line.quantity(), line.reason(), price));
        }
        Instant now = Instant.now(clock);
        long sequence = ((Number)
                        em.createNativeQuery("select nextval('rma_number_seq')").getSingleResult())
                .longValue();
        Rma rma = new Rma(sequence, unit.owner(), unit, lines, inWarranty, now, today.plusDays(shipWithinDays));
        rma.promiseDeliveryBy(promises.dueOn(today));
        em.persist(rma);
        // the passed checks carry the new number, so the rep desk shows them with the RMA
        fits.forEach(
                fit -> gates.passed(rma.number(), unit.id(), Gate.REQUEST, fit.shipsAs(), fit.requested(), username));
        return saved(rma);
    }

    /**
     * What {@link #request} would create, refused for the same reasons, but neither saved nor counted at the
     * gate: only a request that is made is a wrong part caught.
     */
    public RmaPreview preview(String username, NewRma request) {
        RegisteredUnit unit = units.ownedBy(username, request.unitId());
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> cover = warranties.coverEndingIfCoveredToday(unit.modelCode(), unit.purchasedOn());
        boolean inWarranty = cover.isPresent();
        List<RmaPreview.Line> lines = new ArrayList<>();
        for (NewRma.Line line : request.lines()) {
            PartResolution fit = fitments.resolve(line.partNumber(), unit.modelCode(), unit.serial());
            if (!fit.shippable()) {
                throw refusal(fit);
            }
            Money price = price(fit, inWarranty);
            lines.add(new RmaPreview.Line(
                    fit.requested(),
                    fit.shipsAs(),
                    fit.shipsKit()
                            ? "kit of " + kitDescriptions(fit)
                            : fit.toShip().description(),
                    line.quantity(),
                    line.reason(),
                    price.amount(),
                    price.currency(),
                    fit.reason()));
        }
        return new RmaPreview(
                unit.id(),
                unit.modelCode(),
                unit.serial(),
                inWarranty,
                cover.orElse(null),
                today.plusDays(shipWithinDays),
                lines);
    }

    /** The day a request made today is promised to ship by. */
    public LocalDate promisedShipByIfRequestedToday() {
        return LocalDate.now(clock).plusDays(shipWithinDays);
    }

    /** Free in warranty; else the list price of what ships (a kit's is the sum over its parts). */
    private static Money price(PartResolution fit, boolean inWarranty) {
        return inWarranty ? Money.zero(fit.shipCurrency()) : Money.of(fit.shipPrice(), fit.shipCurrency());
    }

    /** The kit's parts as the line keeps them: the catalog's kit at the time of the request. */
    private static List<KitPart> kitParts(PartResolution fit) {
        return fit.kit().members().stream()
                .map(m -> new KitPart(m.partNumber(), m.quantity()))
                .toList();
    }

    private static String kitDescriptions(PartResolution fit) {
        return String.join(
                ", ", fit.kit().members().stream().map(m -> m.description()).toList());
    }

    private static RuleViolationException refusal(PartResolution fit) {
        return new RuleViolationException(fit.fits() ? "part-unavailable" : "part-does-not-fit", fit.reason());
    }

    /** Gate 1 again, by a rep: the approved parts still fit the unit (the catalog may have changed). */
    public RmaView verify(String number, String rep, Verification action) {
        Rma rma = load(number, action);
        for (RmaLine line : rma.lines()) {
            PartResolution fit = checkFit(rma.number(), rma.unit(), line.requestedPart(), rep);
            if (!fit.shipsAs().equals(line.approvedPart())) {
                throw new RuleViolationException(
                        "resolution-changed",
                        line.requestedPart() + " now resolves to "
                                + fit.shipsAs() + ", not " + line.approvedPart()
                                + "; reject and request again");
            }
        }
        rma.verify(rep, action.note(), Instant.now(clock));
        return saved(rma);
    }

    /**
     * Approves with a resolution for every line (see {@link Approval}); a refund or store credit pays each line's
     * value once, with its notice, and closes the RMA.
     */
    public RmaView approve(String number, String rep, Approval action) {
        Rma rma = load(number, action);
        if (action.resolution() != null
                && action.returnRequired()
                && !action.resolution().expectsReturn()) {
            throw new InvalidInputException(
                    "returnRequired", action.resolution() + " asks for no return: leave returnRequired out");
        }
        List<RmaLine> settled = rma.approve(
                rep, action.chosen(), valuesEach(rma), resolutionSettings.rules(), action.note(), Instant.now(clock));
        announce(rma, settled);
        return saved(rma);
    }

    /**
     * Changes the resolution of one line or all after approval, before shipping; a refund or store credit pays
     * out once and closes the RMA. Two reps at once: the RMA's version lets one win, the other gets a 409.
     */
    public RmaView chooseResolution(String number, String rep, ResolutionChoice action) {
        Rma rma = load(number, action);
        List<RmaLine> settled = rma.chooseResolution(
                action.lineNo(),
                action.resolution(),
                valuesEach(rma),
                resolutionSettings.rules(),
                rep,
                action.note(),
                Instant.now(clock));
        announce(rma, settled);
        return saved(rma);
    }

    /**
     * Each line's part at its list price today, in line order (the base of the money rules); a kit line is worth
     * the sum of its parts at their list prices. All prices in one catalog query.
     */
    private List<BigDecimal> valuesEach(Rma rma) {
        List<String> numbers = new ArrayList<>();
        for (RmaLine line : rma.lines()) {
            if (line.kitParts().isEmpty()) {
                numbers.add(line.approvedPart());
            } else {
                line.kitParts().forEach(k -> numbers.add(k.partNumber()));
            }
        }
        Map<String, BigDecimal> prices = parts.listPrices(numbers);
        return rma.lines().stream()
                .map(line -> line.kitParts().isEmpty()
                        ? prices.get(line.approvedPart())
                        : line.kitParts().stream()
                                .map(k -> prices.get(k.partNumber()).multiply(BigDecimal.valueOf(k.quantity())))
                                .reduce(BigDecimal.ZERO, BigDecimal::add))
                .toList();
    }

    /** Each line settled now gets its notice (and, for a refund or store credit, its concession) once. */
    private void announce(Rma rma, List<RmaLine> settled) {
        for (RmaLine line : settled) {
            settledEvents.fire(ResolutionSettled.of(rma, line));
        }
    }

    public RmaView reject(String number, String rep, Rejection action) {
        Rma rma = load(number, action);
        rma.reject(rep, action.note(), Instant.now(clock));
        return saved(rma);
    }

    /** A rep withdraws a request before it ships, e.g. when the customer asks by phone. */
    public RmaView cancel(String number, String rep, Cancellation action) {
        Rma rma = load(number, action);
        rma.cancel(
                rep,
                action.note() == null || action.note().isBlank() ? "cancelled by the service team" : action.note(),
                Instant.now(clock));
        return saved(rma);
    }

    /** A customer may cancel their own RMA until it ships. */
    public RmaView cancelOwn(String number, String username, Cancellation action) {
        Rma rma = repository.requireOwn(number, username);
        rma.requireVersion(action.seenVersion());
        rma.cancel(username, action.note() == null ? "cancelled by the customer" : action.note(), Instant.now(clock));
        return saved(rma);
    }

    /**
     * Gate 2: the parts scanned at packing, in line order, must be the approved parts: one scan per line, and
     * for a line that ships a kit one scan per part of the kit (in any order within the line). A mismatch, a
     * kit part missing or a part that is not in the kit, refuses the shipment and counts as a failed
     * fulfilment; a shipment past its promised date counts as one too.
     */
    public ShipmentOutcome ship(String number, String rep, Shipment action) {
        Rma rma = load(number, action);
        rma.requireAllowed(RmaAction.SHIP);
        List<String> scanned = action.scannedParts();
        int expectedScans =
                rma.lines().stream().mapToInt(l -> l.partsToScan().size()).sum();
        boolean kits = rma.lines().stream().anyMatch(RmaLine::shipsKit);
        // with a kit, too few scans is a kit part missing: caught at the gate below, not refused as malformed
        if (scanned == null || scanned.size() > expectedScans || (!kits && scanned.size() != expectedScans)) {
            throw new InvalidInputException(
                    "scannedParts",
                    kits
                            ? "scan each part of each kit and one part per other line: " + expectedScans + " expected"
                            : "scan one part per line: " + rma.lines().size() + " expected");
        }
        List<Optional<String>> serials =
                scannedSerials(action.scannedSerials(), rma.lines().size());
        Instant now = Instant.now(clock);
        int next = 0;
        for (RmaLine line : rma.lines()) {
            int width = Math.min(line.partsToScan().size(), scanned.size() - next);
            List<String> scans = new ArrayList<>();
            for (String raw : scanned.subList(next, next + width)) {
                scans.add(scannedPart(raw));
            }
            next += width;
            Optional<String> problem = line.shipsKit()
                    ? line.kitScanProblem(scans)
                    : scans.isEmpty()
                            ? Optional.of("nothing was scanned for it")
                            : scans.get(0).equals(line.approvedPart())
                                    ? Optional.empty()
                                    : Optional.of(scans.get(0) + " was scanned");
            if (problem.isPresent()) {
                String actual = scans.isEmpty() ? "-" : String.join(" + ", scans);
                gates.caught(rma.number(), rma.unit().id(), Gate.SHIPMENT, line.approvedPart(), actual, rep);
                escalation.recordFailure(
                        rma,
                        FailureKind.WRONG_PART_PICKED,
                        "scanned " + actual + " for line " + line.lineNo() + ", approved " + line.approvedPart(),
                        now);
                em.flush();
                return new ShipmentOutcome(
                        false,
                        "line " + line.lineNo() + " needs " + (line.shipsKit() ? "the kit " : "") + line.approvedPart()
                                + " but " + problem.get() + ": shipment refused",
                        RmaView.of(rma, true, Instant.now(clock)));
            }
            gates.passed(
                    rma.number(), rma.unit().id(), Gate.SHIPMENT, line.approvedPart(), String.join(" + ", scans), rep);
        }
        if (rma.flagLate(LocalDate.now(clock))) {
            escalation.recordFailure(rma, FailureKind.LATE, "shipped after the promised " + rma.promisedShipBy(), now);
        }
        rma.ship(rep, "scanned " + String.join(", ", scanned) + serialNote(serials), now, serials);
        rma.expectAdvanceReturnBy(
                LocalDate.now(clock).plusDays(resolutionSettings.rules().returnWithinDays()));
        return new ShipmentOutcome(true, "shipped", saved(rma));
    }

    /**
     * The timer's round: every RMA still unshipped after the day we promised counts a late fulfilment once,
     * so the customer hears from us before they have to ask.
     */
    public int flagLateShipments() {
        LocalDate today = LocalDate.now(clock);
        List<Rma> overdue = em.createQuery("""
                        select r from Rma r join fetch r.unit join fetch r.customer
                        where r.lateFlagged = false and r.promisedShipBy < :today and r.state in :unshipped""", Rma.class)
                .setParameter("today", today)
                .setParameter("unshipped", List.of(RmaState.REQUESTED, RmaState.VERIFIED, RmaState.APPROVED))
                .setMaxResults(200)
                .getResultList();
        Instant now = Instant.now(clock);
        for (Rma rma : overdue) {
            if (rma.flagLate(today)) {
                escalation.recordFailure(
                        rma, FailureKind.LATE, "not shipped by the promised " + rma.promisedShipBy(), now);
            }
        }
        em.flush();
        return overdue.size();
    }

    public RmaView deliver(String number, String actor, Delivery action) {
        Rma rma = load(number, action);
        rma.deliver(actor, Instant.now(clock));
        return saved(rma);
    }

    /** The shipment never arrived: a failed fulfilment, and a replacement ships. */
    public RmaView reportLost(String number, String rep, LossReport action) {
        Rma rma = load(number, action);
        Instant now = Instant.now(clock);
        rma.reportLost(rep, action.note() == null || action.note().isBlank() ? "lost in transit" : action.note(), now);
        escalation.recordFailure(rma, FailureKind.LOST, action.note(), now);
        return saved(rma);
    }

    /** The customer received a part other than the one approved: our fault; a replacement ships. */
    public RmaView reportWrongPartReceived(String number, String username, WrongPartReport action) {
        Rma rma = repository.requireOwn(number, username);
        rma.requireVersion(action.seenVersion());
        return wrongDelivery(rma, username, action);
    }

    /** The same report taken by a rep, e.g. from the customer's call: our fault; a replacement ships. */
    public RmaView reportWrongDelivery(String number, String rep, WrongPartReport action) {
        return wrongDelivery(load(number, action), rep, action);
    }

    private RmaView wrongDelivery(Rma rma, String actor, WrongPartReport action) {
        if (action.partNumber() == null || action.partNumber().isBlank()) {
            throw new InvalidInputException(
                    "partNumber", "the part number printed on the part the customer received is required");
        }
        String received = PartNumber.normalize(action.partNumber());
        Instant now = Instant.now(clock);
        rma.reportWrongDelivery(actor, "customer received " + received + " instead of the approved part", now);
        escalation.recordFailure(rma, FailureKind.WRONG_PART_DELIVERED, "received " + received, now);
        return saved(rma);
    }

    /** Gate 3: the part that came back must be the one that was in the unit. */
    public RmaView receiveReturn(String number, String rep, ReturnReceipt action) {
        Rma rma = load(number, action);
        if (action.partNumber() == null || action.partNumber().isBlank()) {
            throw new InvalidInputException("partNumber", "scan the part that came back");
        }
        String returned = PartNumber.normalize(action.partNumber());
        boolean expected = rma.lines().stream().anyMatch(l -> l.requestedPart().equals(returned));
        String expectedParts = String.join(
                " or ", rma.lines().stream().map(RmaLine::requestedPart).toList());
        if (!expected) {
            gates.caught(rma.number(), rma.unit().id(), Gate.RETURN, expectedParts, returned, rep);
            throw new RuleViolationException(
                    "wrong-part-returned",
                    returned + " came back, but " + expectedParts + " was expected; the return is not received");
        }
        Optional<String> serial = SerialOrLot.optional("serial", action.serial());
        Optional<String> shippedIntoUnit =
                repository.lastSerialShippedInto(rma.unit().id(), returned, rma.id());
        if (shippedIntoUnit.isPresent() && serial.isEmpty()) {
            throw new InvalidInputException(
                    "serial",
                    "we shipped " + returned + " with serial " + shippedIntoUnit.get()
                            + " into this unit: scan the serial on the part that came back");
        }
        if (!SerialOrLot.isExpectedBack(shippedIntoUnit, serial)) { // the wrong physical part: caught as one
            gates.caught(
                    rma.number(),
                    rma.unit().id(),
                    Gate.RETURN,
                    returned + " serial " + shippedIntoUnit.get(),
                    returned + " serial " + serial.get(),
                    rep);
            throw new RuleViolationException(
                    "wrong-serial-returned",
                    returned + " serial " + serial.get() + " came back, but we shipped serial " + shippedIntoUnit.get()
                            + " into this unit; the return is not received");
        }
        gates.passed(
                rma.number(),
                rma.unit().id(),
                Gate.RETURN,
                expectedParts,
                returned + serial.map(s -> " serial " + s).orElse(""),
                rep);
        rma.receiveReturn(rep, Instant.now(clock), returned, serial);
        return saved(rma);
    }

    /** The optional serial or lot per scanned part, in line order; none for a line without one. */
    private static List<Optional<String>> scannedSerials(List<String> raw, int lines) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        if (raw.size() != lines) {
            throw new InvalidInputException(
                    "scannedSerials",
                    "one serial or lot per line (blank for a part without one): " + lines + " expected");
        }
        return raw.stream().map(s -> SerialOrLot.optional("scannedSerials", s)).toList();
    }

    private static String serialNote(List<Optional<String>> serials) {
        List<String> codes = serials.stream().flatMap(Optional::stream).toList();
        return codes.isEmpty() ? "" : " (serials " + String.join(", ", codes) + ")";
    }

    public RmaView close(String number, String actor, Closing action) {
        Rma rma = load(number, action);
        rma.close(actor, Instant.now(clock));
        return saved(rma);
    }

    private static String scannedPart(String scanned) {
        try {
            return PartNumber.normalize(scanned);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("scannedParts", e.getMessage());
        }
    }

    private PartResolution checkFit(String rmaNumber, RegisteredUnit unit, String partNumber, String actor) {
        PartResolution fit = fitments.resolve(partNumber, unit.modelCode(), unit.serial());
        if (!fit.shippable()) {
            gateRefused(rmaNumber, unit, fit, actor);
        }
        gates.passed(rmaNumber, unit.id(), Gate.REQUEST, fit.shipsAs(), fit.requested(), actor);
        return fit;
    }

    /** Gate 1 caught a part that does not fit or cannot ship: kept on record, and the action refused. */
    private void gateRefused(String rmaNumber, RegisteredUnit unit, PartResolution fit, String actor) {
        gates.caught(
                rmaNumber,
                unit.id(),
                Gate.REQUEST,
                fit.fits() ? "an orderable part" : "a part that fits",
                fit.requested(),
                actor);
        throw refusal(fit);
    }

    private Rma load(String number, VersionedAction action) {
        Rma rma = repository.require(number);
        rma.requireVersion(action.seenVersion());
        return rma;
    }

    /** Flushes so that a concurrent change surfaces here as an optimistic lock conflict. */
    private RmaView saved(Rma rma) {
        em.flush();
        return RmaView.of(rma, true, Instant.now(clock));
    }
}

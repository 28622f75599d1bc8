package com.partsbridge.web.pages.rep;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.history.boundary.ServiceHistories;
import com.partsbridge.rma.history.boundary.UnitHistory;
import com.partsbridge.rma.rma.boundary.Approval;
import com.partsbridge.rma.rma.boundary.Cancellation;
import com.partsbridge.rma.rma.boundary.Closing;
import com.partsbridge.rma.rma.boundary.Delivery;
import com.partsbridge.rma.rma.boundary.GateCheckView;
import com.partsbridge.rma.rma.boundary.LossReport;
import com.partsbridge.rma.rma.boundary.Rejection;
import com.partsbridge.rma.rma.boundary.ResolutionChoice;
import com.partsbridge.rma.rma.boundary.ReturnReceipt;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.boundary.Shipment;
import com.partsbridge.rma.rma.boundary.ShipmentOutcome;
import com.partsbridge.rma.rma.boundary.Verification;
import com.partsbridge.rma.rma.boundary.WrongPartReport;
import com.partsbridge.rma.rma.entity.Resolution;
import com.partsbridge.rma.rma.entity.RmaAction;
import com.partsbridge.web.api.problem.Failure;
import com.partsbridge.web.api.problem.Failures;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One RMA at the rep desk: its unit, lines, gate checks and history, and the actions its state allows (the
 * entity's table says which, through {@link RmaView#actions()}). Every action sends the version the rep saw;
 * when a colleague changed the RMA in between, the page says who and shows the RMA as it is now.
 */
@Named("rmaDesk")
@ViewScoped
public class RepRmaPage implements Serializable {

    /** The boundary's field names and the inputs of this page that carry them. */
    private static final Map<String, String> NOTE_FIELD = Map.of("note", "act:note", "reason", "act:note");

    private static final Map<String, String> SCAN_FIELD = Map.of(
            "scannedParts", "scan:part",
            "partNumber", "scan:part",
            "scannedSerials", "scan:serial",
            "serial", "scan:serial");
    /** Actions with a form of their own (the scan, the wrong delivery, the resolution), not the note form's. */
    private static final java.util.Set<RmaAction> SCAN_OR_PART_ACTIONS = java.util.EnumSet.of(
            RmaAction.SHIP, RmaAction.RECEIVE_RETURN, RmaAction.REPORT_WRONG_DELIVERY, RmaAction.SETTLE);

    private static final Map<String, String> RESOLUTION_FIELD =
            Map.of("resolution", "resolve:resolution", "lineNo", "resolve:line", "note", "resolve:resolution");

    private static final Map<String, String> APPROVAL_FIELD =
            Map.of("note", "act:note", "resolution", "act:resolution", "returnRequired", "act:resolution");

    private static final int UNIT_HISTORY_SIZE = 20;

    private static final Map<String, String> RECEIVED_FIELD = Map.of("partNumber", "wrong:part");

    @Inject
    transient Rmas rmas;

    @Inject
    transient RmaQueries queries;

    @Inject
    transient SecurityContext security;

    @Inject
    transient ServiceHistories histories;

    @Inject
    transient Words words;

    private String number;
    private RmaView rma;
    private List<GateCheckView> checks = List.of();
    private UnitHistory unitHistory;
    private final List<String> scans = new ArrayList<>();
    private final List<String> serials = new ArrayList<>();
    private String scan;
    private String serial;
    private String note;
    private Resolution resolution = Resolution.KEEP_IT;
    private Resolution newResolution;
    private Integer lineNo;
    private String receivedPart;

    /** On the first GET (not on the page's own posts). */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.warn("Which RMA? Choose one from the queue.");
            return;
        }
        rma = Messages.attempt(() -> queries.anyRma(number));
        if (rma != null) {
            checks = queries.gateChecks(rma.number());
            unitHistory = unitHistoryOf(rma);
        }
    }

    /** The unit's latest service history (its first page) beside the RMA: what went out and came back before. */
    private UnitHistory unitHistoryOf(RmaView of) {
        return histories.ofUnit(of.unitId(), PageRequest.first(UNIT_HISTORY_SIZE));
    }

    /** Whether the RMA's state allows {@code action} (a name of {@link RmaAction}). */
    public boolean can(String action) {
        return rma != null && rma.actions().contains(RmaAction.valueOf(action));
    }

    /** Whether any action of the note form (all but the scans and the wrong-delivery report) is allowed. */
    public boolean isNoteActions() {
        return rma != null && rma.actions().stream().anyMatch(a -> !SCAN_OR_PART_ACTIONS.contains(a));
    }

    public boolean isFinished() {
        return rma != null && rma.actions().isEmpty();
    }

    public void verify() {
        act(
                () -> rmas.verify(rma.number(), rep(), new Verification(seen(), blankToNull(note))),
                "verified",
                NOTE_FIELD);
    }

    public void approve() {
        act(
                () -> rmas.approve(rma.number(), rep(), new Approval(seen(), blankToNull(note), false, resolution)),
                "approved",
                APPROVAL_FIELD);
    }

    /** After approval, before shipping: how one line (or every line) is put right; money closes the RMA. */
    public void chooseResolution() {
        act(
                () -> rmas.chooseResolution(
                        rma.number(), rep(), new ResolutionChoice(seen(), lineNo, newResolution, null)),
                "resolution changed",
                RESOLUTION_FIELD);
    }

    /** A resolution can be changed while the RMA's state table allows settling it (approved, not shipped). */
    public boolean isResolvable() {
        return rma != null && rma.actions().contains(RmaAction.SETTLE);
    }

    /** Every resolution, in the order the rep reads them. */
    public Resolution[] getResolutions() {
        return Resolution.values();
    }

    public void reject() {
        act(() -> rmas.reject(rma.number(), rep(), new Rejection(seen(), note)), "rejected", NOTE_FIELD);
    }

    /**
     * Gate 2, one scan per line, and one per part of a kit on a line that ships a kit: a scanner types the part
     * number and presses Enter, so each Enter takes the next scan, and the last one ships (or is refused when a
     * part is not the approved one, or a kit part is missing or foreign). A line's serial or lot is the one
     * entered with any of its scans.
     */
    public void ship() {
        List<String> slots = scanSlots();
        if (scan != null && !scan.isBlank() && scans.size() + 1 < slots.size()) {
            scans.add(scan.trim());
            serials.add(serial == null ? "" : serial.trim());
            Messages.info("Scan " + scans.size() + ": " + scan.trim() + " scanned. Next: " + getNextScan() + ".");
            scan = serial = null;
            return;
        }
        List<String> all = new ArrayList<>(scans);
        all.add(scan == null ? "" : scan);
        List<String> slotSerials = new ArrayList<>(serials);
        slotSerials.add(serial == null ? "" : serial);
        scans.clear();
        serials.clear();
        List<String> lineSerials = serialsPerLine(slotSerials);
        ShipmentOutcome outcome =
                run(() -> rmas.ship(rma.number(), rep(), new Shipment(seen(), all, lineSerials)), SCAN_FIELD);
        if (outcome == null) {
            return;
        }
        if (outcome.shipped()) {
            done(outcome.rma(), "shipped");
        } else {
            Messages.warn("Wrong part: " + outcome.detail() + ". Scan the approved parts.");
            reload();
            scan = null;
        }
    }

    /** The parts to scan at packing, in order: each line's approved part, or each part of its kit. */
    private List<String> scanSlots() {
        List<String> slots = new ArrayList<>();
        for (RmaView.Line line : rma.lines()) {
            for (String part : line.partsToScan()) {
                slots.add(line.kit().isEmpty() ? part : part + " (kit for line " + line.lineNo() + ")");
            }
        }
        return slots;
    }

    /** One serial per line from one per scan: the first entered among the line's scans, else blank. */
    private List<String> serialsPerLine(List<String> perScan) {
        List<String> perLine = new ArrayList<>();
        int at = 0;
        for (RmaView.Line line : rma.lines()) {
            String found = "";
            for (int i = 0; i < line.partsToScan().size(); i++, at++) {
                if (found.isBlank() && at < perScan.size()) {
                    found = perScan.get(at);
                }
            }
            perLine.add(found);
        }
        return perLine;
    }

    /** What to scan next at packing, for the hint beside the scan field. */
    public String getNextScan() {
        List<String> slots = scanSlots();
        return scans.size() < slots.size() ? slots.get(scans.size()) : "";
    }

    public void deliver() {
        act(() -> rmas.deliver(rma.number(), rep(), new Delivery(seen())), "delivered", NOTE_FIELD);
    }

    public void reportLost() {
        act(
                () -> rmas.reportLost(rma.number(), rep(), new LossReport(seen(), blankToNull(note))),
                "reported lost: a replacement ships",
                NOTE_FIELD);
    }

    public void reportWrongDelivery() {
        act(
                () -> rmas.reportWrongDelivery(rma.number(), rep(), new WrongPartReport(seen(), receivedPart)),
                "reported as a wrong delivery: the right part ships",
                RECEIVED_FIELD);
    }

    /** Gate 3: the part that came back must be the one that was in the unit. */
    public void receiveReturn() {
        act(
                () -> rmas.receiveReturn(rma.number(), rep(), new ReturnReceipt(seen(), scan, serial)),
                "return received",
                SCAN_FIELD);
    }

    public void close() {
        act(() -> rmas.close(rma.number(), rep(), new Closing(seen())), "closed", NOTE_FIELD);
    }

    public void cancel() {
        act(
                () -> rmas.cancel(rma.number(), rep(), new Cancellation(seen(), blankToNull(note))),
                "cancelled",
                NOTE_FIELD);
    }

    private void act(Supplier<RmaView> action, String done, Map<String, String> fields) {
        RmaView after = run(action, fields);
        if (after != null) {
            done(after, done);
        }
    }

    /**
     * Runs an action through the one classifier of failures. A conflict (a colleague acted first) reloads the
     * RMA and says who changed it; a refusal naming a field is shown beside it; anything else above the page.
     */
    private <T> T run(Supplier<T> action, Map<String, String> fields) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Failure failure = Failures.classify(e);
            if (failure.status() == 409) {
                reload();
                changedMeanwhile();
            } else {
                Messages.refused(failure, fields);
                if (failure.fields().isEmpty()) { // a refused rule (e.g. a wrong return) may have been recorded
                    reload();
                }
            }
            return null;
        }
    }

    private void done(RmaView after, String what) {
        Messages.info(after.number() + " " + what + ".");
        rma = after;
        checks = queries.gateChecks(after.number());
        unitHistory = unitHistoryOf(after);
        scan = serial = note = receivedPart = null;
        resolution = Resolution.KEEP_IT;
        newResolution = null;
        lineNo = null;
    }

    private void reload() {
        RmaView now = Messages.attempt(() -> queries.anyRma(rma.number()));
        if (now != null) {
            rma = now;
            checks = queries.gateChecks(now.number());
            unitHistory = unitHistoryOf(now);
        }
    }

    /** Who changed the RMA last, from its history, so the rep knows whom to ask. */
    private void changedMeanwhile() {
        List<RmaView.Event> history = rma.history();
        RmaView.Event last = history.isEmpty() ? null : history.get(history.size() - 1);
        String by = last == null
                ? "someone"
                : words.deskActor(last, rma.customer()) + " at " + words.time(last.at()) + " ("
                        + words.deskEvent(last).toLowerCase() + ")";
        Messages.warn(rma.number() + " was changed by " + by + " while you had it open, so your action was not"
                + " applied. Here it is as it is now: check it and act again if still needed.");
    }

    /** The version of the RMA as the page showed it to the rep. */
    private BigDecimal seen() {
        return BigDecimal.valueOf(rma.version());
    }

    private String rep() {
        return security.getCallerPrincipal().getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<String> getScans() {
        return scans;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public RmaView getRma() {
        return rma;
    }

    public UnitHistory getUnitHistory() {
        return unitHistory;
    }

    public List<GateCheckView> getChecks() {
        return checks;
    }

    public String getScan() {
        return scan;
    }

    public void setScan(String scan) {
        this.scan = scan;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public void setResolution(Resolution resolution) {
        this.resolution = resolution;
    }

    public Resolution getNewResolution() {
        return newResolution;
    }

    public void setNewResolution(Resolution newResolution) {
        this.newResolution = newResolution;
    }

    public Integer getLineNo() {
        return lineNo;
    }

    public void setLineNo(Integer lineNo) {
        this.lineNo = lineNo;
    }

    public String getReceivedPart() {
        return receivedPart;
    }

    public void setReceivedPart(String receivedPart) {
        this.receivedPart = receivedPart;
    }
}

package com.partsbridge.web.pages.rep;

import com.partsbridge.rma.rma.boundary.Approval;
import com.partsbridge.rma.rma.boundary.Cancellation;
import com.partsbridge.rma.rma.boundary.Closing;
import com.partsbridge.rma.rma.boundary.Delivery;
import com.partsbridge.rma.rma.boundary.GateCheckView;
import com.partsbridge.rma.rma.boundary.LossReport;
import com.partsbridge.rma.rma.boundary.Rejection;
import com.partsbridge.rma.rma.boundary.ReturnReceipt;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.boundary.Shipment;
import com.partsbridge.rma.rma.boundary.ShipmentOutcome;
import com.partsbridge.rma.rma.boundary.Verification;
import com.partsbridge.rma.rma.boundary.WrongPartReport;
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

    private static final Map<String, String> SCAN_FIELD =
            Map.of("scannedParts", "scan:part", "partNumber", "scan:part");
    private static final java.util.Set<RmaAction> SCAN_OR_PART_ACTIONS =
            java.util.EnumSet.of(RmaAction.SHIP, RmaAction.RECEIVE_RETURN, RmaAction.REPORT_WRONG_DELIVERY);

    private static final Map<String, String> RECEIVED_FIELD = Map.of("partNumber", "wrong:part");

    @Inject
    transient Rmas rmas;

    @Inject
    transient RmaQueries queries;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Words words;

    private String number;
    private RmaView rma;
    private List<GateCheckView> checks = List.of();
    private final List<String> scans = new ArrayList<>();
    private String scan;
    private String note;
    private boolean returnRequired;
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
        }
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
                () -> rmas.approve(rma.number(), rep(), new Approval(seen(), blankToNull(note), returnRequired)),
                "approved",
                NOTE_FIELD);
    }

    public void reject() {
        act(() -> rmas.reject(rma.number(), rep(), new Rejection(seen(), note)), "rejected", NOTE_FIELD);
    }

    /**
     * Gate 2, one scan per line: a scanner types the part number and presses Enter, so each Enter takes the
     * next line's scan, and the last one ships (or is refused when a part is not the approved one).
     */
    public void ship() {
        if (scan != null && !scan.isBlank() && scans.size() + 1 < rma.lines().size()) {
            scans.add(scan.trim());
            Messages.info("Line " + scans.size() + ": " + scan.trim() + " scanned. Scan line " + (scans.size() + 1)
                    + ": " + rma.lines().get(scans.size()).approvedPart() + ".");
            scan = null;
            return;
        }
        List<String> all = new ArrayList<>(scans);
        all.add(scan == null ? "" : scan);
        scans.clear();
        ShipmentOutcome outcome = run(() -> rmas.ship(rma.number(), rep(), new Shipment(seen(), all)), SCAN_FIELD);
        if (outcome == null) {
            return;
        }
        if (outcome.shipped()) {
            done(outcome.rma(), "shipped");
        } else {
            Messages.warn("Wrong part: " + outcome.detail() + ". Scan the approved part.");
            reload();
            scan = null;
        }
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
                () -> rmas.receiveReturn(rma.number(), rep(), new ReturnReceipt(seen(), scan)),
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
        scan = note = receivedPart = null;
        returnRequired = false;
    }

    private void reload() {
        RmaView now = Messages.attempt(() -> queries.anyRma(rma.number()));
        if (now != null) {
            rma = now;
            checks = queries.gateChecks(now.number());
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

    public List<GateCheckView> getChecks() {
        return checks;
    }

    public String getScan() {
        return scan;
    }

    public void setScan(String scan) {
        this.scan = scan;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isReturnRequired() {
        return returnRequired;
    }

    public void setReturnRequired(boolean returnRequired) {
        this.returnRequired = returnRequired;
    }

    public String getReceivedPart() {
        return receivedPart;
    }

    public void setReceivedPart(String receivedPart) {
        this.receivedPart = receivedPart;
    }
}

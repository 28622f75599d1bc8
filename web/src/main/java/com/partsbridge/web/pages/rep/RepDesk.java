package com.partsbridge.web.pages.rep;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.rma.boundary.RmaAction;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.boundary.ShipmentOutcome;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rep's queue and desk: pick an RMA, then verify, approve, scan-ship, mark delivered, receive the
 * return or close it. Every action sends the version the rep saw, so a colleague's change is never
 * overwritten.
 */
@Named
@ViewScoped
public class RepDesk implements Serializable {

    @Inject
    transient Rmas rmas;

    @Inject
    transient RmaQueries queries;

    @Inject
    transient SecurityContext security;

    private String number;
    private List<RmaView> queue = List.of();
    private RmaView selected;
    private String scan;
    private String note;
    private boolean returnRequired;

    /** After the view parameter: the RMA picked from the queue, if any. */
    public void load() {
        if (number != null && !number.isBlank() && selected == null) {
            selected = Messages.attempt(() -> queries.anyRma(number));
        }
        queue = queries.queue(null, PageRequest.first(50)).items();
    }

    public List<RmaView> getQueue() {
        return queue;
    }

    public void verify() {
        act(() -> rmas.verify(selected.number(), rep(), action()), "verified: the part fits the unit");
    }

    public void approve() {
        act(() -> rmas.approve(selected.number(), rep(),
                new RmaAction(selected.version(), note, returnRequired, null, null)), "approved");
    }

    public void reject() {
        act(() -> rmas.reject(selected.number(), rep(), action()), "rejected");
    }

    /** Gate 2: the scanned part must be the approved one. */
    public void ship() {
        ShipmentOutcome outcome = Messages.attempt(() -> rmas.ship(selected.number(), rep(),
                new RmaAction(selected.version(), note, null, List.of(scan == null ? "" : scan), null)));
        if (outcome != null) {
            selected = outcome.rma();
            if (outcome.shipped()) {
                Messages.info("shipped");
            } else {
                Messages.warn("Wrong part: " + outcome.detail());
            }
        }
        refresh();
    }

    public void deliver() {
        act(() -> rmas.deliver(selected.number(), rep(), action()), "delivered");
    }

    /** Gate 3: the part that came back must be the expected one. */
    public void receiveReturn() {
        act(() -> rmas.receiveReturn(selected.number(), rep(),
                new RmaAction(selected.version(), note, null, null, scan)), "return received");
    }

    public void close() {
        act(() -> rmas.close(selected.number(), rep(), action()), "closed");
    }

    private void act(Supplier<RmaView> action, String done) {
        RmaView after = Messages.attempt(action);
        if (after != null) {
            selected = after;
            Messages.info(selected.number() + " " + done);
        }
        refresh();
    }

    /** After a refused action the page shows the RMA as it is now, with its current version. */
    private void refresh() {
        RmaView now = Messages.attempt(() -> queries.anyRma(selected.number()));
        if (now != null) {
            selected = now;
        }
        queue = queries.queue(null, PageRequest.first(50)).items();
        scan = null;
        note = null;
    }

    private RmaAction action() {
        return new RmaAction(selected.version(), note, null, null, null);
    }

    private String rep() {
        return security.getCallerPrincipal().getName();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public RmaView getSelected() {
        return selected;
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
}

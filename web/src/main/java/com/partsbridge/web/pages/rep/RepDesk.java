package com.partsbridge.web.pages.rep;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.rma.boundary.Approval;
import com.partsbridge.rma.rma.boundary.Closing;
import com.partsbridge.rma.rma.boundary.Delivery;
import com.partsbridge.rma.rma.boundary.Rejection;
import com.partsbridge.rma.rma.boundary.ReturnReceipt;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.boundary.Shipment;
import com.partsbridge.rma.rma.boundary.ShipmentOutcome;
import com.partsbridge.rma.rma.boundary.Verification;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
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
        act(
                () -> rmas.verify(selected.number(), rep(), new Verification(seen(), note)),
                "verified: the part fits the unit");
    }

    public void approve() {
        act(() -> rmas.approve(selected.number(), rep(), new Approval(seen(), note, returnRequired)), "approved");
    }

    public void reject() {
        act(() -> rmas.reject(selected.number(), rep(), new Rejection(seen(), note)), "rejected");
    }

    /** Gate 2: the scanned part must be the approved one. */
    public void ship() {
        ShipmentOutcome outcome = Messages.attempt(() ->
                rmas.ship(selected.number(), rep(), new Shipment(seen(), List.of(scan == null ? "" : scan))));
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
        act(() -> rmas.deliver(selected.number(), rep(), new Delivery(seen())), "delivered");
    }

    /** Gate 3: the part that came back must be the expected one. */
    public void receiveReturn() {
        act(() -> rmas.receiveReturn(selected.number(), rep(), new ReturnReceipt(seen(), scan)), "return received");
    }

    public void close() {
        act(() -> rmas.close(selected.number(), rep(), new Closing(seen())), "closed");
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

    /** The version of the RMA as the page showed it to the rep. */
    private BigDecimal seen() {
        return BigDecimal.valueOf(selected.version());
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

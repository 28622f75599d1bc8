package com.partsbridge.web.pages.customer;

import com.partsbridge.catalog.fitment.boundary.ExplainedFit;
import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.rma.boundary.NewRma;
import com.partsbridge.rma.rma.boundary.RmaPreview;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.entity.ReturnReason;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Request a part for one of my units, then confirm it: my/request.xhtml?model=...&serial=...&part=... (or
 * ?unit=id). Only parts that fit the unit and can be had are offered; a part forced through the URL is checked
 * as the request would check it and refused in words. The confirmation is the request run without saving.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    @Inject
    transient Units units;

    @Inject
    transient Fitments fitments;

    @Inject
    transient Rmas rmas;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Words words;

    private String model;
    private String serial;
    private String part;
    private Long unit;

    private UnitView chosenUnit;
    private List<ExplainedFit> offered = List.of();
    private String partNumber;
    private Integer quantity = 1;
    private ReturnReason reason = ReturnReason.DEFECTIVE;
    private RmaPreview preview;

    /** Runs once, on the first GET: finds my unit and the parts it can take. */
    public void load() {
        chosenUnit = chosenUnit().orElse(null);
        if (chosenUnit == null) {
            return;
        }
        List<ExplainedFit> fits =
                Messages.attempt(() -> fitments.explainedFor(chosenUnit.modelCode(), chosenUnit.serial()));
        offered = fits == null
                ? List.of()
                : fits.stream().filter(ExplainedFit::available).toList();
        if (part == null || part.isBlank()) {
            partNumber = offered.isEmpty() ? null : offered.get(0).listed().partNumber();
            return;
        }
        String asked = part.trim().toUpperCase();
        offered.stream()
                .filter(f -> f.listed().partNumber().equals(asked) || asked.equals(f.shipsAs()))
                .findFirst()
                .ifPresentOrElse(f -> partNumber = f.listed().partNumber(), () -> refuse(asked));
    }

    /** The caller's unit named by id, or by model and serial; another's or an unknown one is none. */
    private Optional<UnitView> chosenUnit() {
        if (unit != null) {
            try {
                return Optional.of(UnitView.of(units.ownedBy(me(), unit)));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }
        return model == null || serial == null ? Optional.empty() : units.mine(me(), model, serial);
    }

    /** A part not offered for this unit: the request's own check says why, in words. */
    private void refuse(String asked) {
        RmaPreview forced = Messages.attempt(() -> rmas.preview(me(), rmaOf(asked, 1)));
        if (forced != null) {
            Messages.warn(asked + " is not one of the parts listed for your unit: choose one of the parts below.");
        }
        partNumber = null;
    }

    /** First step: what would ship and why, without saving. */
    public void review() {
        preview = Messages.attempt(() -> rmas.preview(me(), rmaOf(partNumber, quantity)));
    }

    public void change() {
        preview = null;
    }

    /** Second step: the request itself; the customer lands on the new RMA. */
    public String confirm() {
        RmaView created = Messages.attempt(() -> rmas.request(me(), rmaOf(partNumber, quantity)));
        return created == null ? null : "/my/rma.xhtml?faces-redirect=true&number=" + created.number();
    }

    private NewRma rmaOf(String number, int count) {
        return new NewRma(chosenUnit.id(), List.of(new NewRma.Line(number, count, reason)));
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    /** Why the chosen part fits, as the parts page says it. */
    public ExplainedFit getChosenFit() {
        return offered.stream()
                .filter(f -> f.listed().partNumber().equals(partNumber))
                .findFirst()
                .orElse(null);
    }

    public List<SelectItem> getPartItems() {
        return offered.stream()
                .map(f -> new SelectItem(
                        f.listed().partNumber(), f.shipsAs() + " " + f.shipDescription() + " (" + f.position() + ")"))
                .toList();
    }

    public List<SelectItem> getReasonItems() {
        return Arrays.stream(ReturnReason.values())
                .map(r -> new SelectItem(r, words.reasonOf(r)))
                .toList();
    }

    public String reasonWords(ReturnReason r) {
        return words.reasonOf(r);
    }

    public String date(java.time.LocalDate day) {
        return words.date(day);
    }

    public String price(RmaPreview.Line line) {
        return preview.inWarranty()
                ? "Free under warranty (until " + words.date(preview.warrantyEndsOn()) + ")"
                : words.money(line.unitPrice(), line.currency()) + " each";
    }

    public String getRegisterLink() {
        return "units.xhtml?model="
                + (model == null ? "" : java.net.URLEncoder.encode(model, java.nio.charset.StandardCharsets.UTF_8))
                + "&serial="
                + (serial == null ? "" : java.net.URLEncoder.encode(serial, java.nio.charset.StandardCharsets.UTF_8));
    }

    public UnitView getChosenUnit() {
        return chosenUnit;
    }

    public List<ExplainedFit> getOffered() {
        return offered;
    }

    public RmaPreview getPreview() {
        return preview;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getPart() {
        return part;
    }

    public void setPart(String part) {
        this.part = part;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public ReturnReason getReason() {
        return reason;
    }

    public void setReason(ReturnReason reason) {
        this.reason = reason;
    }
}

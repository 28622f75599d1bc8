package com.partsbridge.web.pages.customer;

import com.partsbridge.catalog.fitment.boundary.ExplainedFit;
import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.customer.boundary.Warranties;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * "Which parts fit my unit, and why?" A GET page (parts.xhtml?model=...&serial=...), so an answer can be
 * bookmarked or sent to support, and no form state is needed. A signed-in customer also picks one of their
 * units, and sees the price for it: free while it is under warranty.
 */
@Named
@RequestScoped
public class FitFinder {

    @Inject
    Fitments fitments;

    @Inject
    Units units;

    @Inject
    Warranties warranties;

    @Inject
    Rmas rmas;

    @Inject
    SecurityContext security;

    @Inject
    Words words;

    private String model;
    private String serial;
    private List<ExplainedFit> parts = List.of();
    private List<UnitView> myUnits = List.of();
    private boolean searched;
    private UnitView mine;
    private LocalDate warrantyEndsOn;
    private LocalDate promisedShipBy;

    /** Runs before rendering, once the view parameters are set. */
    public void load() {
        if (security.isCallerInRole("customer")) {
            myUnits = units.of(me(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        }
        if (isBlank(model) && isBlank(serial)) {
            return;
        }
        searched = true;
        if (isBlank(model) || isBlank(serial)) {
            Messages.warn("Enter both the model and the serial number printed on the label under your unit.");
            return;
        }
        List<ExplainedFit> found = Messages.attempt(() -> fitments.explainedFor(model, serial));
        parts = found == null ? List.of() : found;
        promisedShipBy = rmas.promisedShipByIfRequestedToday();
        if (security.isCallerInRole("customer")) {
            mine = units.mine(me(), model, serial).orElse(null);
        }
        if (mine != null) {
            warrantyEndsOn = warranties
                    .coverEndingIfCoveredToday(mine.modelCode(), mine.purchasedOn())
                    .orElse(null);
        }
    }

    /**
     * Where the Request action goes: the request page with this unit and part chosen, or, for a visitor, the
     * sign-in page that comes back to it (the protected-page redirect would drop the query).
     */
    public String requestLink(ExplainedFit p) {
        String request = "/my/request.xhtml?model=" + encode(model.trim()) + "&serial=" + encode(serial.trim())
                + "&part=" + encode(p.listed().partNumber());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String context = external.getRequestContextPath();
        // the servlet's principal, not SecurityContext's: Elytron names visitors "anonymous"
        return external.getUserPrincipal() == null
                ? context + "/login.xhtml?next=" + encode(request)
                : context + request;
    }

    public String price(ExplainedFit p) {
        if (!p.available()) {
            return "";
        }
        if (warrantyEndsOn != null) {
            return "Free under warranty (until " + words.date(warrantyEndsOn) + ")";
        }
        return words.money(p.toShip().listPrice(), p.toShip().currency());
    }

    public String availability(ExplainedFit p) {
        if (!p.available()) {
            return "";
        }
        String stock = p.toShip().stockOnHand() > 0 ? p.toShip().stockOnHand() + " in stock" : "made to order";
        return stock + "; ships by " + words.date(promisedShipBy);
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
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

    public List<ExplainedFit> getParts() {
        return parts;
    }

    public List<UnitView> getMyUnits() {
        return myUnits;
    }

    public boolean isSearched() {
        return searched;
    }

    public boolean isMine() {
        return mine != null;
    }
}

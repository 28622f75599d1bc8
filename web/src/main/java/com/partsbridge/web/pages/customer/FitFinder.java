package com.partsbridge.web.pages.customer;

import com.partsbridge.catalog.diagram.boundary.Diagrams;
import com.partsbridge.catalog.diagram.boundary.HotspotView;
import com.partsbridge.catalog.diagram.boundary.UnitDiagram;
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
import java.util.Locale;
import java.util.Optional;

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
    Diagrams diagrams;

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
    private String position;
    private List<ExplainedFit> parts = List.of();
    private UnitDiagram diagram;
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
        if (!parts.isEmpty()) {
            diagram = diagrams.forUnit(model, serial).orElse(null);
        }
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
        return words.money(p.shipPrice(), p.shipCurrency());
    }

    public String availability(ExplainedFit p) {
        if (!p.available()) {
            return "";
        }
        String stock =
                p.shipStock() > 0 ? p.shipStock() + (p.kit() != null ? " kits" : "") + " in stock" : "made to order";
        return stock + "; ships by " + words.date(promisedShipBy);
    }

    // The exploded diagram (issue 12, item 3): each hotspot is a link that reloads this page with its position
    // chosen (a GET parameter, so reload and bookmarks keep it), landing on that position's row.

    /** The diagram's hotspots for the positions this unit has parts at. */
    public List<HotspotView> getHotspots() {
        return diagram == null
                ? List.of()
                : diagram.hotspots().stream()
                        .filter(h -> fitAt(h.position()).isPresent())
                        .toList();
    }

    /** The hotspot's accessible name: "Battery door: BD-880-U", or that the part is no longer made. */
    public String hotspotName(HotspotView h) {
        String label = capitalized(h.label());
        return fitAt(h.position())
                .map(f -> f.available()
                        ? label + ": " + f.shipsAs()
                        : label + ": " + f.listed().partNumber() + ", no longer made")
                .orElse(label);
    }

    public String hotspotLink(HotspotView h) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/parts.xhtml?model=" + encode(model.trim()) + "&serial=" + encode(serial.trim()) + "&position="
                + encode(h.position()) + "#" + SELECTED_ANCHOR;
    }

    /** The id of the chosen position's first row, where a hotspot link lands. */
    public static final String SELECTED_ANCHOR = "chosen-position";

    public boolean isChosen(String rowPosition) {
        return position != null && position.trim().equalsIgnoreCase(rowPosition);
    }

    /** The first row of the chosen position carries the anchor; ids are unique. */
    public boolean isAnchor(ExplainedFit p) {
        return isChosen(p.position()) && fitAt(p.position()).orElse(null) == p;
    }

    /** Row classes for the table, one per row: the chosen position's rows stand out. */
    public String getRowClasses() {
        return String.join(
                ",",
                parts.stream()
                        .map(p -> isChosen(p.position()) ? "chosen" : "fit")
                        .toList());
    }

    public String getChosenPosition() {
        return parts.stream()
                .filter(p -> isChosen(p.position()))
                .findFirst()
                .map(ExplainedFit::position)
                .orElse(null);
    }

    private Optional<ExplainedFit> fitAt(String rowPosition) {
        return parts.stream()
                .filter(p -> p.position().equalsIgnoreCase(rowPosition))
                .findFirst();
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    public UnitDiagram getDiagram() {
        return diagram;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
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

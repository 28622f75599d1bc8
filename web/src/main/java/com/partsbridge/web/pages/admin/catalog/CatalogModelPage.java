package com.partsbridge.web.pages.admin.catalog;

import com.partsbridge.catalog.audit.boundary.CatalogChanges;
import com.partsbridge.catalog.audit.boundary.ChangeView;
import com.partsbridge.catalog.fitment.boundary.FitmentView;
import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.NewFitment;
import com.partsbridge.catalog.model.boundary.ModelDates;
import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.catalog.model.boundary.Succession;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * admin/model.xhtml?code=...: one model's lifecycle dates and successor, its fitments (add, remove) and its
 * recent changes. Each form calls one boundary method; what it refuses is shown beside the field it names.
 */
@Named("catalogModel")
@ViewScoped
public class CatalogModelPage implements Serializable {

    static final int FITMENTS = 50;
    static final int CHANGES = 20;
    static final String PAGE = "/admin/model.xhtml";

    private static final Map<String, String> DATE_FIELDS = Map.of(
            "launchedOn", "dates:launched",
            "discontinuedOn", "dates:discontinued",
            "partsSupportUntil", "dates:support");
    private static final Map<String, String> SUCCESSOR_FIELDS =
            Map.of("successorCode", "successor:code", "modelCode", "successor:code");
    private static final Map<String, String> FIT_FIELDS = Map.of(
            "partNumber", "fit:part",
            "serialFrom", "fit:from",
            "serialTo", "fit:to",
            "position", "fit:position");

    @Inject
    transient ProductModels models;

    @Inject
    transient Fitments fitments;

    @Inject
    transient CatalogChanges changes;

    @Inject
    transient Words words;

    private String code;
    private int fitPage;
    private ModelView model;
    private Page<FitmentView> fits;
    private List<ChangeView> recent = List.of();

    private LocalDate launchedOn;
    private LocalDate discontinuedOn;
    private LocalDate partsSupportUntil;
    private String successorCode;
    private String fitPart;
    private String fitFrom;
    private String fitTo;
    private String fitPosition;

    /** On the first GET: the model, a page of its fitments and its trail; the date form starts filled in. */
    public void load() {
        if (code == null || code.isBlank()) {
            Messages.warn("Which model? Choose one from the list of models.");
            return;
        }
        fitPage = AfterAction.pageNumber(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("page"));
        model = Messages.attempt(() -> models.byCode(code));
        if (model == null) {
            return;
        }
        code = model.code();
        fill();
    }

    /** The forms start with the model's values as they are; with its fitments and its trail. */
    private void fill() {
        launchedOn = model.launchedOn();
        discontinuedOn = model.discontinuedOn();
        partsSupportUntil = model.partsSupportUntil();
        successorCode = model.successorCode();
        fits = fitments.ofModel(code, new PageRequest(fitPage, FITMENTS));
        recent = changes.ofModel(code, PageRequest.first(CHANGES)).items();
    }

    /**
     * Saves a change of the model as this page showed it: if someone changed the model since, the page shows it
     * as it is now and says who changed what ({@link ChangedMeanwhile}).
     */
    private ModelView change(Supplier<ModelView> save, Map<String, String> fields) {
        return ChangedMeanwhile.attempt(save, fields, () -> {
            ModelView now = Messages.attempt(() -> models.byCode(code));
            if (now != null) {
                model = now;
                fill();
                Messages.warn(ChangedMeanwhile.message(code, recent, words::time));
            }
        });
    }

    public String saveDates() {
        ModelView saved = change(
                () -> models.reschedule(code, new ModelDates(launchedOn, discontinuedOn, partsSupportUntil), model),
                DATE_FIELDS);
        return saved == null ? null : AfterAction.redirect(PAGE, "code", code, "The lifecycle dates are saved.");
    }

    public String setSuccessor() {
        ModelView saved = change(() -> models.succeed(code, new Succession(successorCode), model), SUCCESSOR_FIELDS);
        return saved == null
                ? null
                : AfterAction.redirect(PAGE, "code", code, saved.successorCode() + " now succeeds " + code + ".");
    }

    public String dropSuccessor() {
        ModelView saved = change(() -> models.dropSuccessor(code, model), Map.of());
        return saved == null ? null : AfterAction.redirect(PAGE, "code", code, code + " has no successor now.");
    }

    public String addFitment() {
        FitmentView added = Messages.attempt(
                () -> fitments.add(code, new NewFitment(fitPart, fitFrom, fitTo, fitPosition)), FIT_FIELDS);
        return added == null
                ? null
                : AfterAction.redirect(
                        PAGE,
                        "code",
                        code,
                        added.partNumber() + " fits serials " + added.serialFrom() + " to " + added.serialTo() + " at "
                                + added.position() + ".");
    }

    public String removeFitment(FitmentView fitment) {
        Boolean removed = Messages.attempt(() -> {
            fitments.remove(code, fitment.id());
            return true;
        });
        return removed == null
                ? null
                : AfterAction.redirect(
                        PAGE,
                        "code",
                        code,
                        "The fitment of " + fitment.partNumber() + " at " + fitment.position() + " is removed.");
    }

    public ModelView getModel() {
        return model;
    }

    public List<FitmentView> getFitments() {
        return fits == null ? List.of() : fits.items();
    }

    public long getFitmentCount() {
        return fits == null ? 0 : fits.total();
    }

    public boolean isHasNextFitments() {
        return fits != null && fits.hasNext();
    }

    public boolean isHasPreviousFitments() {
        return fitPage > 0;
    }

    public String fitmentsAddress(int toPage) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PAGE + "?code="
                + AfterAction.encode(code) + "&page=" + toPage + "#fitments-title";
    }

    public String getPreviousFitmentsAddress() {
        return fitmentsAddress(fitPage - 1);
    }

    public String getNextFitmentsAddress() {
        return fitmentsAddress(fitPage + 1);
    }

    public List<ChangeView> getChanges() {
        return recent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getLaunchedOn() {
        return launchedOn;
    }

    public void setLaunchedOn(LocalDate launchedOn) {
        this.launchedOn = launchedOn;
    }

    public LocalDate getDiscontinuedOn() {
        return discontinuedOn;
    }

    public void setDiscontinuedOn(LocalDate discontinuedOn) {
        this.discontinuedOn = discontinuedOn;
    }

    public LocalDate getPartsSupportUntil() {
        return partsSupportUntil;
    }

    public void setPartsSupportUntil(LocalDate partsSupportUntil) {
        this.partsSupportUntil = partsSupportUntil;
    }

    public String getSuccessorCode() {
        return successorCode;
    }

    public void setSuccessorCode(String successorCode) {
        this.successorCode = successorCode;
    }

    public String getFitPart() {
        return fitPart;
    }

    public void setFitPart(String fitPart) {
        this.fitPart = fitPart;
    }

    public String getFitFrom() {
        return fitFrom;
    }

    public void setFitFrom(String fitFrom) {
        this.fitFrom = fitFrom;
    }

    public String getFitTo() {
        return fitTo;
    }

    public void setFitTo(String fitTo) {
        this.fitTo = fitTo;
    }

    public String getFitPosition() {
        return fitPosition;
    }

    public void setFitPosition(String fitPosition) {
        this.fitPosition = fitPosition;
    }
}

package com.partsbridge.web.pages.admin.partners;

import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.obligation.boundary.NewObligation;
import com.partsbridge.tradein.obligation.boundary.ObligationFinding;
import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.reports.PartsObligationReport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/parts-obligations.xhtml: set a model's parts-availability obligation, and the report the API gives
 * ({@code GET /api/v1/reports/parts-obligations}): every obligation, breaches first, with the requests that wait
 * longer than the model's promised delivery.
 */
@Named
@ViewScoped
public class PartsObligationsPage implements Serializable {

    private static final Map<String, String> FIELDS = Map.of(
            "yearsAfterLastSale", "obligation:years",
            "deliveryDays", "obligation:deliveryDays",
            "modelCode", "obligation:model");

    @Inject
    transient PartsObligations obligations;

    @Inject
    transient PartsObligationReport report;

    @Inject
    transient ProductModels models;

    private List<PartsObligationReport.Row> rows = List.of();
    private List<ModelView> modelChoices = List.of();

    private String modelCode;
    private Integer years = 10;
    private Integer deliveryDays = 15;

    public void load() {
        List<PartsObligationReport.Row> found = Messages.attempt(() -> report.report());
        rows = found == null ? List.of() : found;
        modelChoices = models.list(PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    /**
     * The model field's validator: a typed code the catalog does not know is refused beside the field (the
     * boundary's not-found would name no field and land above the page).
     */
    public void knownModel(FacesContext context, UIComponent field, Object value) {
        String code = value == null ? "" : value.toString().trim();
        try {
            models.byCode(code);
        } catch (NotFoundException e) {
            throw new ValidatorException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    "No model " + code + " is in the catalog: type its code, or choose one of the suggestions.",
                    null));
        }
    }

    public String declare() {
        ObligationFinding finding = Messages.attempt(
                () -> obligations.declare(
                        modelCode,
                        new NewObligation(years == null ? 0 : years, deliveryDays == null ? 0 : deliveryDays)),
                FIELDS);
        return finding == null
                ? null
                : AfterAction.redirect(
                        "/admin/parts-obligations.xhtml",
                        "The obligation for " + finding.modelCode() + " is set: parts for "
                                + finding.yearsAfterLastSale() + " years after the last sale, delivered within "
                                + finding.deliveryDays() + " days"
                                + (finding.breaches().isEmpty() ? "." : "; it is breached, see below."));
    }

    public List<PartsObligationReport.Row> getRows() {
        return rows;
    }

    public long getBreached() {
        return rows.stream().filter(r -> !r.model().breaches().isEmpty()).count();
    }

    public List<ModelView> getModelChoices() {
        return modelChoices;
    }

    public String getModelCode() {
        return modelCode;
    }

    public void setModelCode(String modelCode) {
        this.modelCode = modelCode;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public Integer getDeliveryDays() {
        return deliveryDays;
    }

    public void setDeliveryDays(Integer deliveryDays) {
        this.deliveryDays = deliveryDays;
    }
}

package com.partsbridge.web.pages.admin.catalog;

import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.NewModel;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** admin/models.xhtml: the models, paged and searchable by code or name (GET), and the form to add one. */
@Named("catalogModels")
@ViewScoped
public class CatalogModelsPage extends SearchedList<ModelView> {

    /** The boundary's field names and the inputs of the add form that carry them. */
    private static final Map<String, String> ADD_FIELDS = Map.of(
            "code", "add:code",
            "modelCode", "add:code",
            "name", "add:name",
            "family", "add:family",
            "launchedOn", "add:launched",
            "discontinuedOn", "add:discontinued",
            "partsSupportUntil", "add:support",
            "successorCode", "add:successor");

    @Inject
    transient ProductModels models;

    private String code;
    private String name;
    private String family;
    private LocalDate launchedOn;
    private LocalDate discontinuedOn;
    private LocalDate partsSupportUntil;
    private String successorCode;

    @Override
    String path() {
        return "/admin/models.xhtml";
    }

    /** The search text is cut to the 80 characters the catalog takes. */
    @Override
    Page<ModelView> find(String q, PageRequest page) {
        return models.list(q == null ? null : q.substring(0, Math.min(q.length(), 80)), page);
    }

    public String add() {
        ModelView created = Messages.attempt(
                () -> models.register(new NewModel(
                        code, name, family, launchedOn, discontinuedOn, partsSupportUntil, blankToNull(successorCode))),
                ADD_FIELDS);
        if (created == null) {
            return null;
        }
        return AfterAction.redirect(
                "/admin/model.xhtml",
                "code",
                created.code(),
                "Model " + created.code() + " is in the catalog: add the parts that fit it below.");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<ModelView> getModels() {
        return items();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
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
}

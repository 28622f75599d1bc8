package com.partsbridge.web.pages.publicparts;

import com.partsbridge.catalog.fitment.boundary.SparePart;
import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import com.partsbridge.tradein.obligation.boundary.PublishedPartsList;
import com.partsbridge.web.pages.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The free public spare parts list of a model (models/parts.xhtml?model=...): a GET page anyone may read,
 * bookmark or link to. Without a model it lists the models that have one.
 */
@Named
@RequestScoped
public class PublicPartsPage {

    /** Shared caches may keep an anonymous answer as long as the API's (it is the same for everybody). */
    static final String PUBLIC_CACHE = "public, max-age=300";

    @Inject
    PartsObligations obligations;

    @Inject
    ProductModels models;

    @Inject
    Words words;

    private String model;
    private PublishedPartsList list;
    private List<ModelView> allModels = List.of();
    private boolean unknownModel;

    /** Runs before rendering, once the view parameter is set. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (model == null || model.isBlank()) {
            allModels = models.list(PageRequest.first(PageRequest.MAX_SIZE)).items();
        } else {
            try {
                list = obligations.publishedPartsList(model);
            } catch (NotFoundException | InvalidInputException e) {
                // a mistyped or unknown code: the page says so, with a 404 like any missing page
                unknownModel = true;
                external.setResponseStatus(404);
                allModels = models.list(PageRequest.first(PageRequest.MAX_SIZE)).items();
                return;
            }
        }
        // a signed-in reader's page names them in the header: only anonymous answers may be shared
        if (external.getUserPrincipal() == null) {
            external.setResponseHeader("Cache-Control", PUBLIC_CACHE);
        }
    }

    /** The availability of a part in words, with its date when it has one. */
    public String availability(SparePart part) {
        return switch (part.availability()) {
            case AVAILABLE ->
                part.availableUntil() == null
                        ? "Available; no end date set while the model is sold"
                        : "Available until " + words.date(part.availableUntil());
            case WHILE_STOCK_LASTS ->
                part.availableUntil() == null
                        ? "No longer made: while stock lasts"
                        : "No longer made: while stock lasts, at the latest until " + words.date(part.availableUntil());
            case NO_LONGER_AVAILABLE ->
                part.supersededBy() == null
                        ? "No longer available"
                        : "No longer available: order " + part.supersededBy() + " instead";
        };
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public PublishedPartsList getList() {
        return list;
    }

    public List<ModelView> getAllModels() {
        return allModels;
    }

    public boolean isUnknownModel() {
        return unknownModel;
    }
}

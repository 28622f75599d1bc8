package com.partsbridge.web.pages.customer;

import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.FittingPart;
import com.partsbridge.kernel.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Which parts fit my unit?" A GET page (parts.xhtml?model=...&serial=...), so an answer can be bookmarked
 * or sent to support, and no form state is needed.
 */
@Named
@RequestScoped
public class FitFinder {

    @Inject
    Fitments fitments;

    private String model;
    private String serial;
    private List<FittingPart> parts = List.of();
    private boolean searched;

    /** Runs before rendering, once the view parameters are set. */
    public void load() {
        if (isBlank(model) && isBlank(serial)) {
            return;
        }
        searched = true;
        if (isBlank(model) || isBlank(serial)) {
            message("Enter both the model and the serial number printed on your unit.");
            return;
        }
        try {
            parts = fitments.partsThatFit(model, serial);
        } catch (BusinessException e) {
            message(e.getMessage());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
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

    public List<FittingPart> getParts() {
        return parts;
    }

    public boolean isSearched() {
        return searched;
    }
}

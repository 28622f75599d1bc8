package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.boundary.NewUnit;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.web.api.problem.Failure;
import com.partsbridge.web.api.problem.Failures;
import com.partsbridge.web.pages.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A customer's units and RMAs, and the form to register a unit (parts are requested from the parts that fit it). */
@Named
@ViewScoped
public class MyUnitsPage implements Serializable {

    @Inject
    transient Units units;

    @Inject
    transient RmaQueries queries;

    @Inject
    transient ServiceRecovery recovery;

    @Inject
    transient SecurityContext security;

    private List<UnitView> myUnits;
    private List<RmaView> myRmas;
    private NoticeView latestNotice;
    private String regModel;
    private String regSerial;
    private LocalDate regPurchasedOn;
    private String regProof;

    @PostConstruct
    void load() {
        myUnits = units.of(me(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        myRmas = queries.ofCustomer(me(), PageRequest.first(50)).items();
        latestNotice = recovery.noticesOf(me(), PageRequest.first(1)).items().stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Registers a unit; what is wrong is shown beside the field it concerns (the boundary's Bean Validation
     * and its own refusals name the field), anything else above the form.
     */
    public String register() {
        try {
            units.register(me(), new NewUnit(regModel, regSerial, regPurchasedOn, regProof));
        } catch (RuntimeException e) {
            Failure failure = Failures.classify(e);
            FacesContext faces = FacesContext.getCurrentInstance();
            if ("model-not-found".equals(failure.code())) {
                String code = regModel == null ? "" : regModel.trim().toUpperCase();
                faces.addMessage(
                        "register:model",
                        error("We don't know model " + code
                                + ": check the model printed on the label under the unit."));
            } else if (!failure.fields().isEmpty() && !failure.unexpected()) {
                failure.fields()
                        .forEach((field, text) -> faces.addMessage(
                                "register:" + REGISTER_FIELDS.getOrDefault(field, "model"),
                                error(capitalized(text) + ".")));
            } else {
                Messages.<Object>attempt(() -> {
                    throw e;
                });
            }
            return null;
        }
        Messages.info("Your " + regModel.trim().toUpperCase() + " "
                + regSerial.trim().toUpperCase() + " is registered: find the parts that fit it below.");
        myUnits = units.of(me(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        regModel = regSerial = regProof = null;
        regPurchasedOn = null;
        return null;
    }

    private static final Map<String, String> REGISTER_FIELDS =
            Map.of("modelCode", "model", "serial", "serial", "purchasedOn", "purchased", "proofOfPurchase", "proof");

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public List<UnitView> getUnits() {
        return myUnits;
    }

    public List<RmaView> getRmas() {
        return myRmas;
    }

    public NoticeView getLatestNotice() {
        return latestNotice;
    }

    public String getRegModel() {
        return regModel;
    }

    public void setRegModel(String regModel) {
        this.regModel = regModel;
    }

    public String getRegSerial() {
        return regSerial;
    }

    public void setRegSerial(String regSerial) {
        this.regSerial = regSerial;
    }

    public LocalDate getRegPurchasedOn() {
        return regPurchasedOn;
    }

    public void setRegPurchasedOn(LocalDate regPurchasedOn) {
        this.regPurchasedOn = regPurchasedOn;
    }

    public String getRegProof() {
        return regProof;
    }

    public void setRegProof(String regProof) {
        this.regProof = regProof;
    }
}

package com.partsbridge.web.pages.customer;

import com.partsbridge.catalog.fitment.entity.SerialNumber;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.tradein.option.boundary.TransitionOption;
import com.partsbridge.tradein.option.boundary.TransitionOptions;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import com.partsbridge.tradein.quote.boundary.QuoteView;
import com.partsbridge.tradein.quote.boundary.TradeInQuotes;
import com.partsbridge.tradein.quote.boundary.TradedInUnit;
import com.partsbridge.tradein.referral.boundary.ReferralView;
import com.partsbridge.tradein.referral.boundary.Referrals;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The ranked options for a part that is no longer made: follow a partner offer, or take the trade-in credit. */
@Named
@ViewScoped
public class OptionsPage implements Serializable {

    @Inject
    transient TransitionOptions transitions;

    @Inject
    transient Referrals referrals;

    @Inject
    transient TradeInQuotes quotes;

    @Inject
    transient Units units;

    @Inject
    transient SecurityContext security;

    private String model;
    private String serial;
    private String position;
    private LocalDate purchasedOn;
    private ConditionGrade grade = ConditionGrade.B;
    private List<TransitionOption> options = List.of();

    public void load() {
        List<TransitionOption> found =
                Messages.attempt(() -> transitions.forUnit(model, serial, position, purchasedOn, grade));
        options = found == null ? List.of() : found;
    }

    public void follow(long offerId) {
        ReferralView referral = Messages.attempt(() -> referrals.refer(me(), offerId));
        if (referral != null) {
            Messages.info("We sent your request to " + referral.partner() + " (referral " + referral.id()
                    + "); they will contact you about " + referral.partnerPartNumber() + ".");
        }
    }

    /** Quotes and accepts in one go, for the caller's registered unit with this model and serial. */
    public void acceptTradeIn() {
        Optional<UnitView> unit = registeredUnit();
        if (unit.isEmpty()) {
            Messages.warn("A trade-in credit is for a unit registered to you. Register your " + model + " " + serial
                    + " under \"My units and RMAs\" first.");
            return;
        }
        UnitView u = unit.get();
        QuoteView accepted = Messages.attempt(() -> {
            QuoteView quote =
                    quotes.quote(me(), new TradedInUnit(u.id(), u.modelCode(), u.serial(), u.purchasedOn()), grade);
            return quotes.accept(quote.id(), me());
        });
        if (accepted != null) {
            Messages.info("Your credit code is " + accepted.creditCode() + ": " + accepted.credit() + " "
                    + accepted.currency() + " toward the " + accepted.successorCode() + ".");
        }
    }

    /** The caller's unit with the page's model and serial; a customer has a handful, one page holds them. */
    private Optional<UnitView> registeredUnit() {
        if (model == null || serial == null) {
            return Optional.empty();
        }
        try {
            String code = ProductModel.normalizeCode(model);
            String number = SerialNumber.normalize(serial);
            return units.of(me(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                    .filter(u -> u.modelCode().equals(code) && u.serial().equals(number))
                    .findFirst();
        } catch (InvalidInputException e) { // a model or serial no unit could have
            return Optional.empty();
        }
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public ConditionGrade[] getGrades() {
        return ConditionGrade.values();
    }

    public List<TransitionOption> getOptions() {
        return options;
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

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public LocalDate getPurchasedOn() {
        return purchasedOn;
    }

    public void setPurchasedOn(LocalDate purchasedOn) {
        this.purchasedOn = purchasedOn;
    }

    public ConditionGrade getGrade() {
        return grade;
    }

    public void setGrade(ConditionGrade grade) {
        this.grade = grade;
    }
}

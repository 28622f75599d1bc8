package com.partsbridge.web.pages.customer;

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
import com.partsbridge.web.pages.Words;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ranked options for a part that is no longer made: order our part (refurbished or superseding), follow a
 * partner offer, or take the trade-in credit. The unit, position and grade live in the URL (view parameters),
 * so they survive sign-in, reload and the redirect after each action; the trade-in credit is computed from the
 * registered unit's purchase date, the same date the quote uses, so the amount shown is the amount granted.
 */
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

    @Inject
    transient Words words;

    private String model;
    private String serial;
    private String position;
    private ConditionGrade grade = ConditionGrade.B;
    private Long unitId;
    private List<TransitionOption> options = List.of();

    /** After an action: the same options again by GET, its message carried in the flash, the URL intact. */
    private static final String AGAIN = "/my/options.xhtml?faces-redirect=true&includeViewParams=true";

    public void load() {
        if (model == null || serial == null || position == null) {
            Messages.warn("Which part? Open \"see your options\" from the parts list of your unit.");
            return;
        }
        Optional<UnitView> unit = registeredUnit();
        unitId = unit.map(UnitView::id).orElse(null);
        // never a date from the URL: the quote is made from the registration, so the list must be too
        LocalDate purchasedOn = unit.map(UnitView::purchasedOn).orElse(null);
        List<TransitionOption> found =
                Messages.attempt(() -> transitions.forUnit(model, serial, position, purchasedOn, grade));
        options = found == null ? List.of() : found;
    }

    public String follow(long offerId) {
        ReferralView referral = Messages.attempt(() -> referrals.refer(me(), offerId));
        if (referral != null) {
            Messages.info("We sent your request to " + referral.partner() + " (referral " + referral.id()
                    + "); they will contact you about " + referral.partnerPartNumber() + ".");
        }
        return again();
    }

    /** Quotes and accepts in one go, for the caller's registered unit with this model and serial. */
    public String acceptTradeIn() {
        Optional<UnitView> unit = registeredUnit();
        if (unit.isEmpty()) {
            Messages.warn("A trade-in credit is for a unit registered to you. Register your " + model + " " + serial
                    + " under \"My units and RMAs\" first.");
            return again();
        }
        UnitView u = unit.get();
        QuoteView accepted = Messages.attempt(() -> {
            QuoteView quote =
                    quotes.quote(me(), new TradedInUnit(u.id(), u.modelCode(), u.serial(), u.purchasedOn()), grade);
            return quotes.accept(quote.id(), me());
        });
        if (accepted != null) {
            Messages.info("Your credit code is " + accepted.creditCode() + ": "
                    + words.money(accepted.credit(), accepted.currency()) + " toward the "
                    + accepted.successorCode() + ". You find it later under \"Credits and codes\".");
        }
        return again();
    }

    private static String again() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return AGAIN;
    }

    /** Where ordering our own part starts: the request with unit and part chosen, nothing to retype. */
    public String requestLink(TransitionOption option) {
        return "/my/request.xhtml?unit=" + (unitId == null ? "" : unitId) + "&part="
                + URLEncoder.encode(option.partNumber(), StandardCharsets.UTF_8);
    }

    public boolean isOurPart(TransitionOption option) {
        return option.kind() == TransitionOption.Kind.REFURBISHED_PART
                || option.kind() == TransitionOption.Kind.SUPERSEDING_PART;
    }

    public boolean isRegistered() {
        return unitId != null;
    }

    /** The caller's unit with the page's model and serial; a customer has a handful, one page holds them. */
    private Optional<UnitView> registeredUnit() {
        return model == null || serial == null ? Optional.empty() : units.mine(me(), model, serial);
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

    public ConditionGrade getGrade() {
        return grade;
    }

    public void setGrade(ConditionGrade grade) {
        this.grade = grade;
    }
}

package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.BusinessException;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.web.pages.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** One of the customer's RMAs: where it stands, its history, and who owns it if it was escalated. */
@Named
@RequestScoped
public class MyRmaPage {

    @Inject
    RmaQueries queries;

    @Inject
    SecurityContext security;

    private String number;
    private RmaView rma;

    public void load() {
        if (number == null || number.isBlank()) { // a bare link: say what is missing, not "no RMA null"
            Messages.warn("Which RMA? Choose one from your RMAs.");
            return;
        }
        try {
            rma = queries.ownRma(number, security.getCallerPrincipal().getName());
        } catch (BusinessException e) {
            Messages.warn(e.getMessage());
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public RmaView getRma() {
        return rma;
    }
}

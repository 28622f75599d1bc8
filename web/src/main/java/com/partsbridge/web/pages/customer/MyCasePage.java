package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.BusinessException;
import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.web.pages.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** One of the customer's cases: who has it now and by when, the thread with our answer, how it got there. */
@Named
@RequestScoped
public class MyCasePage {

    @Inject
    Casework cases;

    @Inject
    SecurityContext security;

    private Long id;
    private boolean sent;
    private CaseView found;

    public void load() {
        if (id == null) {
            Messages.warn("Which message? Choose one from your messages.");
            return;
        }
        try {
            found = cases.mine(security.getCallerPrincipal().getName(), id);
        } catch (BusinessException e) {
            Messages.warn(e.getMessage());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isSent() {
        return sent;
    }

    public void setSent(boolean sent) {
        this.sent = sent;
    }

    public CaseView getCaseView() {
        return found;
    }
}

package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.BusinessException;
import com.partsbridge.rma.casework.boundary.CaseReply;
import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Map;

/**
 * One of the customer's cases: who has it now and by when, the thread with our answer, how it got there; and a
 * form to write again (a reply to our answer opens the case again). A message sent moves on by redirect, so a
 * reload sends nothing twice.
 */
@Named
@ViewScoped
public class MyCasePage implements Serializable {

    @Inject
    transient Casework cases;

    @Inject
    transient SecurityContext security;

    private Long id;
    private boolean sent;
    private boolean replied;
    private String message;
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

    public String writeAgain() {
        CaseView after = Messages.attempt(
                () -> cases.writeAgain(security.getCallerPrincipal().getName(), id, new CaseReply(message)),
                Map.of("message", "reply:message"));
        return after == null ? null : "/my/case.xhtml?faces-redirect=true&replied=true&id=" + after.id();
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

    public boolean isReplied() {
        return replied;
    }

    public void setReplied(boolean replied) {
        this.replied = replied;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public CaseView getCaseView() {
        return found;
    }
}

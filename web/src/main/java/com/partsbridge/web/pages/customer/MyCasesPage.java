package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.web.pages.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The customer's messages to us, newest first: who has each and by when they answer, or that we have. */
@Named
@RequestScoped
public class MyCasesPage {

    static final int SIZE = 10;

    @Inject
    Casework cases;

    @Inject
    SecurityContext security;

    private int page;
    private Page<CaseView> mine;

    public void load() {
        mine = Messages.attempt(
                () -> cases.mine(security.getCallerPrincipal().getName(), new PageRequest(Math.max(page, 0), SIZE)));
    }

    public List<CaseView> getCases() {
        return mine == null ? List.of() : mine.items();
    }

    public boolean isHasNext() {
        return mine != null && mine.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}

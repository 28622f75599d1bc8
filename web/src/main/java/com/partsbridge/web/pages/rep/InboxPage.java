package com.partsbridge.web.pages.rep;

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

/** The signed-in member of staff's open cases (theirs, or handed to them), the one due first at the top. */
@Named
@RequestScoped
public class InboxPage {

    static final int SIZE = 10;

    @Inject
    Casework cases;

    @Inject
    SecurityContext security;

    private int page;
    private Page<CaseView> inbox;

    public void load() {
        inbox = Messages.attempt(
                () -> cases.inbox(security.getCallerPrincipal().getName(), new PageRequest(Math.max(page, 0), SIZE)));
    }

    public List<CaseView> getCases() {
        return inbox == null ? List.of() : inbox.items();
    }

    public long getTotal() {
        return inbox == null ? 0 : inbox.total();
    }

    public boolean isHasNext() {
        return inbox != null && inbox.hasNext();
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

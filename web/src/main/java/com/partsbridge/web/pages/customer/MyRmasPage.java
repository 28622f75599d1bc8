package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.web.pages.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The customer's RMAs, newest first, a page at a time (plain GET links between pages). */
@Named
@RequestScoped
public class MyRmasPage {

    static final int SIZE = 10;

    @Inject
    RmaQueries queries;

    @Inject
    SecurityContext security;

    private int page;
    private Page<RmaView> rmas;

    public void load() {
        rmas = Messages.attempt(() ->
                queries.ofCustomer(security.getCallerPrincipal().getName(), new PageRequest(Math.max(page, 0), SIZE)));
    }

    public List<RmaView> getRmas() {
        return rmas == null ? List.of() : rmas.items();
    }

    public boolean isHasNext() {
        return rmas != null && rmas.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    /** "Page 2 of 3", for a list that has more than one page. */
    public long getPages() {
        return rmas == null ? 0 : (rmas.total() + SIZE - 1) / SIZE;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}

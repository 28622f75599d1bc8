package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.history.boundary.HistoryEntry;
import com.partsbridge.rma.history.boundary.ServiceHistories;
import com.partsbridge.rma.history.boundary.UnitHistory;
import com.partsbridge.web.pages.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** One of the customer's units and everything that happened to it with us, newest first, 20 a page. */
@Named
@RequestScoped
public class MyUnitHistoryPage {

    static final int SIZE = 20;

    @Inject
    ServiceHistories histories;

    @Inject
    SecurityContext security;

    private Long unit;
    private int page;
    private UnitHistory history;

    public void load() {
        if (unit == null) {
            Messages.warn("Which unit? Choose one from your units.");
            return;
        }
        history = Messages.attempt(() -> histories.ofOwnUnit(
                security.getCallerPrincipal().getName(), unit, new PageRequest(Math.max(page, 0), SIZE)));
    }

    public UnitHistory getHistory() {
        return history;
    }

    public List<HistoryEntry> getEntries() {
        return history == null ? List.of() : history.entries().items();
    }

    public boolean isHasNext() {
        return history != null && history.entries().hasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}

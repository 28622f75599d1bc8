package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
import com.partsbridge.web.pages.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** What we told the customer when we were at fault (apologies, and what we granted), newest first. */
@Named
@RequestScoped
public class MyNoticesPage {

    static final int SIZE = 10;

    @Inject
    ServiceRecovery recovery;

    @Inject
    SecurityContext security;

    private int page;
    private Page<NoticeView> notices;

    public void load() {
        notices = Messages.attempt(() ->
                recovery.noticesOf(security.getCallerPrincipal().getName(), new PageRequest(Math.max(page, 0), SIZE)));
    }

    public List<NoticeView> getNotices() {
        return notices == null ? List.of() : notices.items();
    }

    public boolean isHasNext() {
        return notices != null && notices.hasNext();
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

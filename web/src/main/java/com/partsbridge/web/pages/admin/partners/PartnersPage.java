package com.partsbridge.web.pages.admin.partners;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.partner.boundary.NewPartner;
import com.partsbridge.tradein.partner.boundary.PartnerView;
import com.partsbridge.tradein.partner.boundary.Partners;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** admin/partners.xhtml: the partners, 20 a page, and the form that registers one. */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    static final int SIZE = 20;

    /** The boundary's fields (NewPartner) to the inputs beside which their errors show. */
    private static final Map<String, String> FIELDS = Map.of(
            "name", "partner:name",
            "royaltyRate", "partner:royaltyRate",
            "requestsPerMinute", "partner:requestsPerMinute");

    @Inject
    transient Partners partners;

    @Inject
    transient SecurityContext security;

    private Integer page;
    private Page<PartnerView> list;

    private String name;
    private BigDecimal royaltyRate;
    private Integer requestsPerMinute;

    public void load() {
        list = Messages.attempt(() -> partners.list(new PageRequest(AfterAction.pageNumber(page), SIZE)));
    }

    /** Registers the partner and opens its page, where offers, keys and the rate are set. */
    public String register() {
        PartnerView created = Messages.attempt(
                () -> partners.register(
                        new NewPartner(name, royaltyRate, requestsPerMinute),
                        security.getCallerPrincipal().getName()),
                FIELDS);
        return created == null
                ? null
                : AfterAction.redirect(
                        "/admin/partner.xhtml?id=" + created.id(),
                        created.name() + " is registered. Add its offers and issue its API key here.");
    }

    public List<PartnerView> getPartners() {
        return list == null ? List.of() : list.items();
    }

    public long getTotal() {
        return list == null ? 0 : list.total();
    }

    public int getPageIndex() {
        return AfterAction.pageNumber(page);
    }

    public long getPages() {
        return list == null ? 0 : (list.total() + SIZE - 1) / SIZE;
    }

    public boolean isHasNext() {
        return list != null && list.hasNext();
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getRoyaltyRate() {
        return royaltyRate;
    }

    public void setRoyaltyRate(BigDecimal royaltyRate) {
        this.royaltyRate = royaltyRate;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }
}

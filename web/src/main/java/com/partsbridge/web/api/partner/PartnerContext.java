package com.partsbridge.web.api.partner;

import com.partsbridge.tradein.partner.boundary.PartnerCaller;
import com.partsbridge.web.security.PartnerKeyAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;

/** The partner behind the current call: every partner resource acts for it, and only for it. */
@RequestScoped
public class PartnerContext {

    @Inject
    HttpServletRequest request;

    public PartnerCaller caller() {
        return PartnerKeyAuthentication.callerOf(request)
                .orElseThrow(() -> new ForbiddenException("the partner API takes a partner API key"));
    }

    public long partnerId() {
        return caller().partnerId();
    }

    /** Who did it, for audit trails: the partner and the key it used. */
    public String actor() {
        caller();
        return request.getUserPrincipal().getName();
    }
}

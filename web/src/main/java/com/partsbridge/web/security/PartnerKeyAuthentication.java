package com.partsbridge.web.security;

import com.partsbridge.tradein.partner.boundary.PartnerCaller;
import com.partsbridge.tradein.partner.boundary.PartnerKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Checks a partner's API key. Not an identity store on purpose: a store hands the container a name and
 * groups only, and the partner API needs more of the caller (which partner, its request rate), which is
 * left on the request for {@link #callerOf}.
 */
@ApplicationScoped
public class PartnerKeyAuthentication {

    private static final String CALLER = PartnerCaller.class.getName();

    @Inject
    PartnerKeys keys;

    /** The caller's principal name, {@code partner:<id>:<key id>}, if the key is good. */
    public Optional<String> authenticate(String token, HttpServletRequest request) {
        return keys.authenticate(token).map(caller -> {
            request.setAttribute(CALLER, caller);
            return "partner:" + caller.partnerId() + ":" + caller.keyId();
        });
    }

    public static Optional<PartnerCaller> callerOf(HttpServletRequest request) {
        return Optional.ofNullable((PartnerCaller) request.getAttribute(CALLER));
    }
}

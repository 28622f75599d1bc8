package com.partsbridge.web.api.recovery;

import com.partsbridge.kernel.Page;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The notices we sent the signed-in customer, with what we granted them. */
@Tag(name = "my units and RMAs")
@Path("v1/my/notices")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @Inject
    ServiceRecovery recovery;

    @Context
    SecurityContext security;

    @GET
    public Page<NoticeView> mine(@BeanParam PageParams page) {
        return recovery.noticesOf(security.getUserPrincipal().getName(), page.toRequest());
    }
}

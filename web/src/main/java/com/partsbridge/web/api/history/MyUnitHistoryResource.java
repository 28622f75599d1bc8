package com.partsbridge.web.api.history;

import com.partsbridge.rma.history.boundary.ServiceHistories;
import com.partsbridge.rma.history.boundary.UnitHistory;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service history of one of the signed-in customer's units; another customer's unit is a 404. */
@Tag(name = "my units and RMAs")
@Path("v1/my/units/{id}/history")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
public class MyUnitHistoryResource {

    @Inject
    ServiceHistories histories;

    @Context
    SecurityContext security;

    @GET
    public UnitHistory history(@PathParam("id") String id, @BeanParam PageParams page) {
        return histories.ofOwnUnit(security.getUserPrincipal().getName(), UnitIds.parse(id), page.toRequest());
    }
}

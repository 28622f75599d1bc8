package com.partsbridge.web.api.rma;

import com.partsbridge.kernel.Page;
import com.partsbridge.rma.customer.boundary.NewUnit;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's registered units. */
@Tag(name = "my units and RMAs", description = "What a signed-in customer owns and has asked for.")
@Path("v1/my/units")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyUnitsResource {

    @Inject
    Units units;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    public Page<UnitView> mine(@BeanParam PageParams page) {
        return units.of(security.getUserPrincipal().getName(), page.toRequest());
    }

    @POST
    public Response register(@Valid @NotNull(message = "a unit is required") NewUnit unit) {
        UnitView created = units.register(security.getUserPrincipal().getName(), unit);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}

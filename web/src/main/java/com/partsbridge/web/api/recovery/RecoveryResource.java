package com.partsbridge.web.api.recovery;

import com.partsbridge.kernel.Page;
import com.partsbridge.rma.recovery.boundary.IncidentView;
import com.partsbridge.rma.recovery.boundary.MarketingEligibility;
import com.partsbridge.rma.recovery.boundary.NewIncident;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.ServiceFailure;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff side of service recovery: incidents, faults reported by hand, and the marketing check. */
@Tag(
        name = "service recovery",
        description = "Notices that own our faults, concessions, incidents, marketing suppression.")
@Path("v1")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecoveryResource {

    @Inject
    ServiceRecovery recovery;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("incidents")
    public Response declare(@Valid @NotNull(message = "an incident is required") NewIncident incident) {
        IncidentView declared =
                recovery.declare(incident, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(declared.id()))
                        .build())
                .entity(declared)
                .build();
    }

    @GET
    @Path("incidents")
    public Page<IncidentView> incidents(@BeanParam PageParams page) {
        return recovery.incidents(page.toRequest());
    }

    @GET
    @Path("incidents/{id}")
    public IncidentView incident(@PathParam("id") long id) {
        return recovery.incident(id);
    }

    /** A fault support staff learned of by other means; the same occurrence key is only ever noticed once. */
    @POST
    @Path("recovery/failures")
    public NoticeView report(@Valid @NotNull(message = "a failure is required") ServiceFailure failure) {
        return recovery.recover(failure);
    }

    /** Marketing tools ask before writing to a customer: never while a case is open. */
    @GET
    @Path("marketing/eligibility/{username}")
    public MarketingEligibility eligibility(@PathParam("username") String username) {
        return recovery.marketingEligibility(username);
    }
}

package com.partsbridge.web.api.recovery;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.rma.recovery.boundary.IncidentAmendment;
import com.partsbridge.rma.recovery.boundary.IncidentConfirmation;
import com.partsbridge.rma.recovery.boundary.IncidentDismissal;
import com.partsbridge.rma.recovery.boundary.IncidentPreview;
import com.partsbridge.rma.recovery.boundary.IncidentView;
import com.partsbridge.rma.recovery.boundary.Incidents;
import com.partsbridge.rma.recovery.boundary.MarketingEligibility;
import com.partsbridge.rma.recovery.boundary.NewIncident;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.ServiceFailure;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
import com.partsbridge.rma.recovery.entity.IncidentStatus;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
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

    @Inject
    Incidents incidents;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** Whom declaring would tell and the total concession; nothing is recorded or sent. */
    @POST
    @Path("incidents/preview")
    public IncidentPreview preview(@Valid @NotNull(message = "an incident is required") NewIncident incident) {
        return incidents.preview(incident);
    }

    /** Declares and tells; the same {@code Idempotency-Key} again returns the first incident, telling nobody twice. */
    @POST
    @Path("incidents")
    public Response declare(
            @Valid @NotNull(message = "an incident is required") NewIncident incident,
            @HeaderParam("Idempotency-Key") String key) {
        IncidentView declared = incidents.declare(incident, staff(), key);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(declared.id()))
                        .build())
                .entity(declared)
                .build();
    }

    /** Newest first, proposals before all others; {@code ?status=PROPOSED} for the ones waiting for staff. */
    @GET
    @Path("incidents")
    public Page<IncidentView> incidents(@QueryParam("status") String status, @BeanParam PageParams page) {
        IncidentStatus wanted = status(status);
        return incidents.incidents(wanted == null ? List.of() : List.of(wanted), page.toRequest());
    }

    @GET
    @Path("incidents/{id}")
    public IncidentView incident(@PathParam("id") long id) {
        return incidents.incident(id);
    }

    /** Confirms a proposed incident: each affected customer is told once; confirming again changes nothing. */
    @POST
    @Path("incidents/{id}/confirmation")
    public IncidentView confirm(
            @PathParam("id") long id,
            @Valid @NotNull(message = "a confirmation is required") IncidentConfirmation confirmation) {
        return incidents.confirm(id, confirmation, staff());
    }

    @POST
    @Path("incidents/{id}/dismissal")
    public IncidentView dismiss(
            @PathParam("id") long id,
            @Valid @NotNull(message = "a dismissal is required") IncidentDismissal dismissal) {
        return incidents.dismiss(id, dismissal, staff());
    }

    @POST
    @Path("incidents/{id}/amendment")
    public IncidentView amend(
            @PathParam("id") long id,
            @Valid @NotNull(message = "an amendment is required") IncidentAmendment amendment) {
        return incidents.amend(id, amendment, staff());
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

    private String staff() {
        return security.getUserPrincipal().getName();
    }

    private static IncidentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(IncidentStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "status", "a status is one of " + Arrays.toString(IncidentStatus.values())));
    }
}

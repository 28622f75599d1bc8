package com.partsbridge.web.api.cases;

import com.partsbridge.kernel.Page;
import com.partsbridge.rma.casework.boundary.CaseReply;
import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.rma.casework.boundary.NewCase;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer writes to us and follows their cases: who has each, by when, and our answer. */
@Tag(name = "write to us", description = "Messages to us: each a case with a named owner and a reply deadline.")
@Path("v1/my/cases")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyCasesResource {

    @Inject
    Casework cases;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    public Page<CaseView> mine(@BeanParam PageParams page) {
        return cases.mine(me(), page.toRequest());
    }

    @POST
    public Response write(@Valid @NotNull(message = "a message is required") NewCase letter) {
        CaseView created = cases.write(me(), letter);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public CaseView one(@PathParam("id") long id) {
        return cases.mine(me(), id);
    }

    /**
     * The customer writes again on their case: after our answer it opens again (a new deadline, acknowledged by
     * mail); before it, the message joins the thread. Answers the case as it now stands.
     */
    @POST
    @Path("{id}/messages")
    @Operation(
            summary = "Write again on a case",
            description = "After our answer the case opens again with its owner (who answered it, or in whose "
                    + "name it was answered) and a new deadline, acknowledged by mail; before our answer the message "
                    + "joins the thread and the deadline stands. Another customer's case is a 404.")
    public CaseView writeAgain(
            @PathParam("id") long id, @Valid @NotNull(message = "a message is required") CaseReply reply) {
        return cases.writeAgain(me(), id, reply);
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}

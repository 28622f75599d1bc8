package com.partsbridge.web.api.cases;

import com.partsbridge.kernel.Page;
import com.partsbridge.rma.casework.boundary.Answer;
import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.rma.casework.boundary.HandDown;
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
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A member of staff's inbox: the open cases they own or were handed, the one due first at the top. */
@Tag(name = "write to us")
@Path("v1/inbox")
@RequestScoped
@RolesAllowed("rep")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    Casework cases;

    @Context
    SecurityContext security;

    @GET
    public Page<CaseView> inbox(@BeanParam PageParams page) {
        return cases.inbox(me(), page.toRequest());
    }

    @GET
    @Path("{id}")
    public CaseView one(@PathParam("id") long id) {
        return cases.inboxCase(me(), id);
    }

    @POST
    @Path("{id}/answer")
    public CaseView answer(@PathParam("id") long id, @Valid @NotNull(message = "an answer is required") Answer answer) {
        return cases.answer(me(), id, answer);
    }

    @POST
    @Path("{id}/hand-down")
    public CaseView handDown(
            @PathParam("id") long id, @Valid @NotNull(message = "name the colleague") HandDown handDown) {
        return cases.handDown(me(), id, handDown);
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}

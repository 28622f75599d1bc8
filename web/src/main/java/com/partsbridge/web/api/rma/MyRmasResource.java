package com.partsbridge.web.api.rma;

import com.partsbridge.kernel.Page;
import com.partsbridge.rma.rma.boundary.Cancellation;
import com.partsbridge.rma.rma.boundary.NewRma;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.boundary.WrongPartReport;
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

/** The signed-in customer's RMAs: request a part for their unit, follow it, cancel it, report a wrong part. */
@Tag(name = "my units and RMAs")
@Path("v1/my/rmas")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyRmasResource {

    @Inject
    Rmas rmas;

    @Inject
    RmaQueries queries;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    public Page<RmaView> mine(@BeanParam PageParams page) {
        return queries.ofCustomer(me(), page.toRequest());
    }

    @POST
    public Response request(@Valid @NotNull(message = "a request is required") NewRma request) {
        RmaView created = rmas.request(me(), request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.number()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{number}")
    public RmaView one(@PathParam("number") String number) {
        return queries.ownRma(number, me());
    }

    @POST
    @Path("{number}/cancellation")
    public RmaView cancel(
            @PathParam("number") String number,
            @Valid @NotNull(message = RmasResource.SEND_VERSION) Cancellation action) {
        return rmas.cancelOwn(number, me(), action);
    }

    /** "The part I received is not the one you approved": a replacement ships, and it counts against us. */
    @POST
    @Path("{number}/wrong-part-received")
    public RmaView wrongPartReceived(
            @PathParam("number") String number,
            @Valid @NotNull(message = "tell us the part number you received") WrongPartReport action) {
        return rmas.reportWrongPartReceived(number, me(), action);
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}

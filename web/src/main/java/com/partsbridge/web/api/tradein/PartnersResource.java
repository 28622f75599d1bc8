package com.partsbridge.web.api.tradein;

import com.partsbridge.tradein.partner.boundary.NewOffer;
import com.partsbridge.tradein.partner.boundary.NewPartner;
import com.partsbridge.tradein.partner.boundary.OfferView;
import com.partsbridge.tradein.partner.boundary.PartnerView;
import com.partsbridge.tradein.partner.boundary.Partners;
import com.partsbridge.tradein.program.boundary.NewProgram;
import com.partsbridge.tradein.program.boundary.TradeInPrograms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administering the sources beside our own parts: partner suppliers, their offers, trade-in programs. */
@Tag(name = "transitions")
@Path("v1")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Inject
    Partners partners;

    @Inject
    TradeInPrograms programs;

    @Context
    UriInfo uri;

    @POST
    @Path("partners")
    public Response register(@Valid @NotNull(message = "a partner is required") NewPartner partner) {
        PartnerView created = partners.register(partner);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("partners/{id}/offers")
    public Response offer(@PathParam("id") long partnerId, @Valid @NotNull(message = "an offer is required") NewOffer offer) {
        OfferView created = partners.offer(partnerId, offer);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("trade-in-programs")
    public Response program(@Valid @NotNull(message = "a program is required") NewProgram program) {
        String model = programs.register(program);
        return Response.created(uri.getAbsolutePathBuilder().path(model).build()).build();
    }
}

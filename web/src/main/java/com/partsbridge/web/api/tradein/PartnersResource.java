package com.partsbridge.web.api.tradein;

import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.partner.boundary.NewOffer;
import com.partsbridge.tradein.partner.boundary.NewPartner;
import com.partsbridge.tradein.partner.boundary.OfferView;
import com.partsbridge.tradein.partner.boundary.PartnerEventView;
import com.partsbridge.tradein.partner.boundary.PartnerView;
import com.partsbridge.tradein.partner.boundary.Partners;
import com.partsbridge.tradein.partner.boundary.RateLimit;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins register and list partner suppliers, put and list their offers and set their API rate. */
@Tag(name = "transitions")
@Path("v1/partners")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Inject
    Partners partners;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    /** Every partner, by name, paged: ?page=0&size=20. */
    @GET
    public Page<PartnerView> list(@BeanParam PageParams page) {
        return partners.list(page.toRequest());
    }

    @GET
    @Path("{id}")
    public PartnerView partner(@PathParam("id") long partnerId) {
        return partners.partner(partnerId);
    }

    /** The partner's offers by its part number, paged. */
    @GET
    @Path("{id}/offers")
    public Page<OfferView> offers(@PathParam("id") long partnerId, @BeanParam PageParams page) {
        return partners.offersOf(partnerId, page.toRequest());
    }

    /** The partner's audit trail, newest first, paged: registration, rate changes, offers put, keys issued and revoked. */
    @GET
    @Path("{id}/history")
    public Page<PartnerEventView> history(@PathParam("id") long partnerId, @BeanParam PageParams page) {
        return partners.history(partnerId, page.toRequest());
    }

    @POST
    public Response register(@Valid @NotNull(message = "a partner is required") NewPartner partner) {
        PartnerView created = partners.register(partner, me());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    /**
     * An offer on the partner's behalf, keyed by the partner's part number (201 new, 200 revised): the same rules
     * and the same upsert as the partner's own API and its feeds.
     */
    @POST
    @Path("{id}/offers")
    public Response offer(
            @PathParam("id") long partnerId, @Valid @NotNull(message = "an offer is required") NewOffer offer) {
        Partners.OfferChange change = partners.putOffer(partnerId, offer, me());
        return Response.status(change.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(change.offer())
                .build();
    }

    /** The partner's rate on its API: {"requestsPerMinute":600}. */
    @PUT
    @Path("{id}/rate-limit")
    public PartnerView rateLimit(
            @PathParam("id") long partnerId, @Valid @NotNull(message = "a rate limit is required") RateLimit limit) {
        return partners.limitRequests(partnerId, limit, me());
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}

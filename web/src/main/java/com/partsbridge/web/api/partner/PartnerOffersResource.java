package com.partsbridge.web.api.partner;

import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.partner.boundary.NewOffer;
import com.partsbridge.tradein.partner.boundary.OfferView;
import com.partsbridge.tradein.partner.boundary.Partners;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling partner's own offers: list them, or put one (new part number: created; known: revised). */
@Tag(name = "partner")
@SecurityRequirement(name = "partnerKey")
@APIResponse(responseCode = "429", description = "over the partner's rate; see Retry-After")
@PartnerApi
@Path("partner/v1/offers")
@RequestScoped
@RolesAllowed("partner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerOffersResource {

    @Inject
    Partners partners;

    @Inject
    PartnerContext partner;

    @GET
    @Operation(summary = "The partner's offers, by its part number, paged")
    public Page<OfferView> offers(@BeanParam PageParams page) {
        return partners.offersOf(partner.partnerId(), page.toRequest());
    }

    @POST
    @Operation(summary = "Create or revise one offer, keyed by the partner's part number (201 new, 200 otherwise)")
    public Response put(@Valid @NotNull(message = "an offer is required") NewOffer offer) {
        Partners.OfferChange change = partners.putOffer(partner.partnerId(), offer, partner.actor());
        return Response.status(change.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(change.offer())
                .build();
    }
}

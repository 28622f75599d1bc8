package com.partsbridge.web.api.tradein;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.quote.boundary.NewQuote;
import com.partsbridge.tradein.quote.boundary.QuoteView;
import com.partsbridge.tradein.quote.boundary.TradeInQuotes;
import com.partsbridge.tradein.referral.boundary.ReferralView;
import com.partsbridge.tradein.referral.boundary.Referrals;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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

/** A customer's trade-in quotes and partner referrals. */
@Tag(name = "transitions")
@Path("v1/my")
@RequestScoped
@RolesAllowed("customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyTradeInResource {

    @Inject
    TradeInQuotes quotes;

    @Inject
    Referrals referrals;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("trade-in-quotes")
    public Response quote(@Valid @NotNull(message = "a quote request is required") NewQuote request) {
        QuoteView quote = quotes.quote(me(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(quote.id())).build())
                .entity(quote).build();
    }

    @GET
    @Path("trade-in-quotes")
    public Page<QuoteView> myQuotes(@BeanParam PageParams page) {
        return quotes.ofCustomer(me(), page.toRequest());
    }

    @GET
    @Path("trade-in-quotes/{id}")
    public QuoteView quote(@PathParam("id") long id) {
        return quotes.mine(id, me());
    }

    /** Accepting a valid quote yields the credit code; an expired quote is refused (422). */
    @POST
    @Path("trade-in-quotes/{id}/acceptance")
    public QuoteView accept(@PathParam("id") long id) {
        return quotes.accept(id, me());
    }

    /** Follows a partner offer from the options: {"offerId": 12}. */
    @POST
    @Path("referrals")
    public Response refer(JsonObject body) {
        JsonNumber offerId = body == null ? null : body.getJsonNumber("offerId");
        if (offerId == null) {
            throw new InvalidInputException("offerId", "the partner offer to follow is required");
        }
        ReferralView referral = referrals.refer(me(), offerId.longValue());
        return Response.status(Response.Status.CREATED).entity(referral).build();
    }

    @GET
    @Path("referrals")
    public Page<ReferralView> myReferrals(@BeanParam PageParams page) {
        return referrals.ofCustomer(me(), page.toRequest());
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}

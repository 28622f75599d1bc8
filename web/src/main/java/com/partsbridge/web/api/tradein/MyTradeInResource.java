package com.partsbridge.web.api.tradein;

import com.partsbridge.kernel.Page;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.tradein.quote.boundary.NewQuote;
import com.partsbridge.tradein.quote.boundary.QuoteView;
import com.partsbridge.tradein.quote.boundary.TradeInQuotes;
import com.partsbridge.tradein.quote.boundary.TradedInUnit;
import com.partsbridge.tradein.referral.boundary.NewReferral;
import com.partsbridge.tradein.referral.boundary.ReferralView;
import com.partsbridge.tradein.referral.boundary.Referrals;
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

    @Inject
    Units units;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * Quotes one of the caller's registered units: {"unitId":1,"grade":"B"}. Model, serial and purchase date come
     * from the registration (another customer's unit, or an unknown one, is a 404); a newer quote supersedes the
     * unit's open one; a unit that has its credit already is a 409.
     */
    @POST
    @Path("trade-in-quotes")
    public Response quote(@Valid @NotNull(message = "a quote request is required") NewQuote request) {
        UnitView unit = UnitView.of(units.ownedBy(me(), request.unit()));
        QuoteView quote = quotes.quote(
                me(),
                new TradedInUnit(unit.id(), unit.modelCode(), unit.serial(), unit.purchasedOn()),
                request.condition());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(quote.id()))
                        .build())
                .entity(quote)
                .build();
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

    /**
     * Accepting a valid quote yields the credit code for the credit quoted; an expired quote is refused (422), a
     * second acceptance, or the loser of two at once, is a 409.
     */
    @POST
    @Path("trade-in-quotes/{id}/acceptance")
    public QuoteView accept(@PathParam("id") long id) {
        return quotes.accept(id, me());
    }

    /** Follows a partner offer from the options: {"offerId": 12}. */
    @POST
    @Path("referrals")
    public Response refer(@Valid @NotNull(message = "the partner offer to follow is required") NewReferral request) {
        ReferralView referral = referrals.refer(me(), request.offer());
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

package com.partsbridge.web.api.tradein;

import com.partsbridge.tradein.partner.boundary.NewOffer;
import com.partsbridge.tradein.partner.boundary.NewPartner;
import com.partsbridge.tradein.partner.boundary.OfferView;
import com.partsbridge.tradein.partner.boundary.PartnerView;
import com.partsbridge.tradein.partner.boundary.PartnerKeys;
import com.partsbridge.tradein.partner.boundary.Partners;
import com.partsbridge.tradein.partner.boundary.RateLimit;
import com.partsbridge.web.api.JsonBodies;
import com.partsbridge.tradein.program.boundary.NewProgram;
import com.partsbridge.tradein.program.boundary.TradeInPrograms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.json.JsonObject;
import java.util.List;
import com.partsbridge.tradein.obligation.boundary.NewObligation;
import com.partsbridge.tradein.obligation.boundary.ObligationFinding;
import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import com.partsbridge.web.reports.PartsObligationReport;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import com.partsbridge.tradein.quote.boundary.QuoteView;
import com.partsbridge.tradein.quote.boundary.TradeInQuotes;
import com.partsbridge.tradein.referral.boundary.ReferralView;
import com.partsbridge.tradein.referral.boundary.Referrals;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administering the sources beside our own parts: partners, offers, referral reports, royalties, trade-ins. */
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

    @Inject
    Referrals referrals;

    @Inject
    PartnerKeys keys;

    @Inject
    TradeInQuotes quotes;

    @Inject
    PartsObligations obligations;

    @Inject
    PartsObligationReport obligationReport;

    @Context
    SecurityContext security;

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

    /** The partner's report on a referral, recorded by an admin (partners report through /api/partner/v1). */
    @POST
    @Path("partners/{id}/referrals/{referral}/status")
    public ReferralView report(@PathParam("id") long partnerId, @PathParam("referral") long referralId,
            JsonObject body) {
        return referrals.report(partnerId, referralId, JsonBodies.text(body, "state"),
                security.getUserPrincipal().getName());
    }

    @GET
    @Path("partners/{id}/royalty-statements/{month}")
    @Produces({MediaType.APPLICATION_JSON, RoyaltyStatements.CSV})
    public Response statement(@PathParam("id") long partnerId, @PathParam("month") String month,
            @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        return RoyaltyStatements.render(referrals.statement(partnerId, month), accept);
    }

    /** Issues an API key for the partner: {"label":"ERP sync"}. The key in the answer is never shown again. */
    @POST
    @Path("partners/{id}/api-keys")
    public Response issueKey(@PathParam("id") long partnerId, JsonObject body) {
        PartnerKeys.IssuedKey key = keys.issue(partnerId, JsonBodies.text(body, "label"),
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(key.keyId()).build()).entity(key)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("partners/{id}/api-keys")
    public List<PartnerKeys.KeyView> keys(@PathParam("id") long partnerId) {
        return keys.of(partnerId);
    }

    /** Revokes a key at once: its next call is a 401. */
    @jakarta.ws.rs.DELETE
    @Path("partners/{id}/api-keys/{key}")
    public PartnerKeys.KeyView revokeKey(@PathParam("id") long partnerId, @PathParam("key") String keyId) {
        return keys.revoke(partnerId, keyId, security.getUserPrincipal().getName());
    }

    /** The partner's rate on its API: {"requestsPerMinute":600}. */
    @jakarta.ws.rs.PUT
    @Path("partners/{id}/rate-limit")
    public PartnerView rateLimit(@PathParam("id") long partnerId,
            @Valid @NotNull(message = "a rate limit is required") RateLimit limit) {
        return partners.limitRequests(partnerId, limit);
    }

    /** The traded-in unit arrived; a condition other than described re-grades the credit. */
    @POST
    @Path("trade-in-quotes/{id}/receipt")
    public QuoteView receive(@PathParam("id") long id, JsonObject body) {
        String grade = JsonBodies.text(body, "grade");
        try {
            return quotes.receive(id, ConditionGrade.valueOf(grade == null ? "" : grade.trim().toUpperCase()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("grade", "the condition found is A, B, C or D");
        }
    }

    /** Declares (or replaces) a model's parts-availability obligation: {"yearsAfterLastSale":10,"deliveryDays":15}. */
    @jakarta.ws.rs.PUT
    @Path("parts-obligations/{model}")
    public ObligationFinding obligation(@PathParam("model") String model,
            @Valid @NotNull(message = "an obligation is required") NewObligation obligation) {
        return obligations.declare(model, obligation.yearsAfterLastSale(), obligation.deliveryDays());
    }

    /** Models that breach or will breach their obligation (breaches first), with the requests waiting too long. */
    @GET
    @Path("reports/parts-obligations")
    public List<PartsObligationReport.Row> obligations() {
        return obligationReport.report();
    }

    @POST
    @Path("trade-in-programs")
    public Response program(@Valid @NotNull(message = "a program is required") NewProgram program) {
        String model = programs.register(program);
        return Response.created(uri.getAbsolutePathBuilder().path(model).build()).build();
    }
}

package com.partsbridge.web.api.partner;

import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.referral.boundary.ReferralReport;
import com.partsbridge.tradein.referral.boundary.ReferralView;
import com.partsbridge.tradein.referral.boundary.Referrals;
import com.partsbridge.web.api.PageParams;
import com.partsbridge.web.api.tradein.RoyaltyStatements;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partner's referral inbox (customers we sent it), its reports on them, and its royalty statements. */
@Tag(name = "partner")
@SecurityRequirement(name = "partnerKey")
@APIResponse(responseCode = "429", description = "over the partner's rate; see Retry-After")
@PartnerApi
@Path("partner/v1")
@RequestScoped
@RolesAllowed("partner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerReferralsResource {

    @Inject
    Referrals referrals;

    @Inject
    PartnerContext partner;

    @GET
    @Path("referrals")
    @Operation(summary = "Referrals sent to the partner, newest first; ?state=ISSUED for the new ones")
    public Page<ReferralView> inbox(@QueryParam("state") String state, @BeanParam PageParams page) {
        return referrals.ofPartner(partner.partnerId(), state, page.toRequest());
    }

    @GET
    @Path("referrals/{id}")
    @Operation(summary = "One referral with its history; another partner's is a 404")
    public ReferralView referral(@PathParam("id") long id) {
        return referrals.ofPartner(partner.partnerId(), id);
    }

    @POST
    @Path("referrals/{id}/status")
    @Operation(summary = "Report a referral ACCEPTED, DECLINED or FULFILLED (in that order; otherwise 409)")
    public ReferralView report(
            @PathParam("id") long id,
            @Valid @NotNull(message = "a state is required: ACCEPTED, FULFILLED or DECLINED") ReferralReport report) {
        return referrals.report(partner.partnerId(), id, report.state(), partner.actor());
    }

    @GET
    @Path("royalty-statements/{month}")
    @Produces({MediaType.APPLICATION_JSON, RoyaltyStatements.CSV})
    @Operation(summary = "What the partner owes for a month (2026-11), as JSON or text/csv")
    public Response statement(@PathParam("month") String month, @HeaderParam("Accept") String accept) {
        return RoyaltyStatements.render(referrals.statement(partner.partnerId(), month), accept);
    }
}

package com.partsbridge.web.api.tradein;

import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.referral.boundary.ReferralReport;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins list partners' referrals, record partners' reports on them and read the partners' monthly royalty statements.
 * Shares its root path with the other partner resources: RESTEasy picks the class by its path before the
 * method, so a longer class path would hide their methods.
 */
@Tag(name = "transitions")
@Path("v1/partners")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralReportsResource {

    @Inject
    Referrals referrals;

    @Context
    SecurityContext security;

    /** The partner's report on a referral, recorded by an admin (partners report through /api/partner/v1). */
    @POST
    @Path("{id}/referrals/{referral}/status")
    public ReferralView report(
            @PathParam("id") long partnerId,
            @PathParam("referral") long referralId,
            @Valid @NotNull(message = "a state is required: ACCEPTED, FULFILLED or DECLINED") ReferralReport report) {
        return referrals.report(
                partnerId,
                referralId,
                report.state(),
                security.getUserPrincipal().getName());
    }

    /** The partner's referrals, newest first, paged; ?state=ISSUED (ACCEPTED, FULFILLED, DECLINED) for one state. */
    @GET
    @Path("{id}/referrals")
    public Page<ReferralView> referrals(
            @PathParam("id") long partnerId, @QueryParam("state") String state, @BeanParam PageParams page) {
        return referrals.ofPartner(partnerId, state, page.toRequest());
    }

    @GET
    @Path("{id}/royalty-statements/{month}")
    @Produces({MediaType.APPLICATION_JSON, RoyaltyStatements.CSV})
    public Response statement(
            @PathParam("id") long partnerId, @PathParam("month") String month, @HeaderParam("Accept") String accept) {
        return RoyaltyStatements.render(referrals.statement(partnerId, month), accept);
    }
}

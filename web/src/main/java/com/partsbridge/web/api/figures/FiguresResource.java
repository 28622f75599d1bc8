package com.partsbridge.web.api.figures;

import com.partsbridge.rma.figures.boundary.RmaFigures;
import com.partsbridge.tradein.figures.boundary.TradeInFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The figures the business watches, for staff (reps and admins): each one read by one query in the module that
 * owns the data. The dashboard (admin/figures.xhtml) shows the same numbers.
 */
@Tag(name = "Figures", description = "Wrong parts caught, RMAs, shipment times, escalations, concessions, partners.")
@Path("v1/figures")
@RequestScoped
@RolesAllowed({"rep", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    RmaFigures rma;

    @Inject
    TradeInFigures tradeIn;

    /** Wrong parts caught per gate and ISO week (UTC), the last 12 weeks. */
    @GET
    @Path("wrong-part-catches")
    public List<RmaFigures.GateWeek> wrongPartCatches() {
        return rma.wrongPartCatchesPerWeek();
    }

    @GET
    @Path("rmas-by-state")
    public List<RmaFigures.StateCount> rmasByState() {
        return rma.rmasByState();
    }

    /** Median and 90th percentile, in minutes, of the time from request to first shipment (last 90 days). */
    @GET
    @Path("request-to-shipment")
    public RmaFigures.ShipmentTimes requestToShipment() {
        return rma.requestToShipment();
    }

    @GET
    @Path("escalations")
    public RmaFigures.Escalations escalations() {
        return rma.escalations();
    }

    /** Concessions granted per ISO week and currency, the last 12 weeks. */
    @GET
    @Path("concessions")
    public List<RmaFigures.ConcessionWeek> concessions() {
        return rma.concessionsPerWeek();
    }

    @GET
    @Path("obligation-breaches")
    public List<TradeInFigures.ModelBreaches> obligationBreaches() {
        return tradeIn.obligationBreaches();
    }

    @GET
    @Path("referrals")
    public List<TradeInFigures.PartnerReferrals> referrals() {
        return tradeIn.referralsPerPartner();
    }
}

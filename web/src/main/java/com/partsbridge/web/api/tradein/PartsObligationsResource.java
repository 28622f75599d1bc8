package com.partsbridge.web.api.tradein;

import com.partsbridge.tradein.obligation.boundary.NewObligation;
import com.partsbridge.tradein.obligation.boundary.ObligationFinding;
import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import com.partsbridge.web.reports.PartsObligationReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins declare models' parts-availability obligations and read the report on them. */
@Tag(name = "transitions")
@Path("v1")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartsObligationsResource {

    @Inject
    PartsObligations obligations;

    @Inject
    PartsObligationReport report;

    /** Declares (or replaces) a model's parts-availability obligation: {"yearsAfterLastSale":10,"deliveryDays":15}. */
    @PUT
    @Path("parts-obligations/{model}")
    public ObligationFinding obligation(
            @PathParam("model") String model,
            @Valid @NotNull(message = "an obligation is required") NewObligation obligation) {
        return obligations.declare(model, obligation);
    }

    /** Models that breach or will breach their obligation (breaches first), with the requests waiting too long. */
    @GET
    @Path("reports/parts-obligations")
    public List<PartsObligationReport.Row> obligations() {
        return report.report();
    }
}

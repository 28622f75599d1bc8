package com.partsbridge.web.api.rma;

import com.partsbridge.rma.rma.boundary.AdvanceReturns;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Overdue advance-replacement returns for admins: run the timer's round now (safe at any time: each customer
 * is told once, each line charged or written off once).
 */
@Tag(name = "Advance replacements", description = "Old parts due back after an advance replacement.")
@Path("v1/advance-returns")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdvanceReturnsResource {

    @Inject
    AdvanceReturns returns;

    /** One round now: {"reminded":N,"settled":M}. */
    @POST
    @Path("check")
    public AdvanceReturns.Round check() {
        return returns.check();
    }
}

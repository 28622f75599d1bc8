package com.partsbridge.web.api.cases;

import com.partsbridge.rma.casework.boundary.CaseLadder;
import com.partsbridge.rma.casework.boundary.LadderRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs the escalation ladder as of a given time, so a system test need not wait a day. Answers 404 unless
 * the server runs with {@code partsbridge.test-controls=true} (the test server only).
 */
@Tag(name = "write to us")
@Path("v1/cases/ladder-runs")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseLadderResource {

    @Inject
    CaseLadder ladder;

    @POST
    @Operation(hidden = true)
    public Climbed run(@Valid @NotNull(message = "asOf is required") LadderRun run) {
        return new Climbed(ladder.climbOverdue(run));
    }

    /** How many cases climbed a rung in this run. */
    public record Climbed(int climbed) {}
}

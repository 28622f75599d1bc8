package com.partsbridge.web.api.impact;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.rma.impact.boundary.DetectionRun;
import com.partsbridge.rma.impact.boundary.ImpactWatch;
import com.partsbridge.rma.impact.entity.Journey;
import com.partsbridge.web.impact.FaultSwitch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The test fault switch and an immediate detector run, for system tests. Off in production: without
 * {@code partsbridge.test-controls=true} every call is a 404, as if the address did not exist. Not in the
 * OpenAPI document: it is no part of the product's API.
 */
@Path("v1/faults")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaultsResource {

    @Inject
    FaultSwitch faults;

    @Inject
    ImpactWatch watch;

    @PUT
    @Path("{journey}")
    @Operation(hidden = true)
    public Map<String, Object> arm(
            @PathParam("journey") String journey,
            @Valid @NotNull(message = "say how many requests fail") FaultArming arming) {
        requireEnabled();
        Journey chosen = journey(journey);
        faults.arm(chosen, arming.requests());
        return Map.of("journey", chosen.name(), "requests", faults.remaining(chosen));
    }

    @POST
    @Path("detection-runs")
    @Operation(hidden = true)
    public DetectionRun run(DetectionRunRequest request) {
        requireEnabled();
        return watch.runAt(request == null || request.asOf() == null ? Instant.now() : request.asOf());
    }

    private void requireEnabled() {
        if (!faults.enabled()) {
            throw new NotFoundException("not-found", "there is nothing at this address");
        }
    }

    private static Journey journey(String name) {
        return Arrays.stream(Journey.values())
                .filter(j -> j.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "journey", "a journey is one of " + Arrays.toString(Journey.values())));
    }
}

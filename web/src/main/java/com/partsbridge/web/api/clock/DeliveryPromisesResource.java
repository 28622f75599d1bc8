package com.partsbridge.web.api.clock;

import com.partsbridge.kernel.Clocks;
import com.partsbridge.rma.clock.boundary.DeliveryPromises;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day clock for admins: run a round now instead of waiting for the timer (safe at any time: each
 * RMA is warned and breached once), and, on a test server only, move "now" forward.
 */
@Tag(name = "Working-day promises", description = "Delivery promises in working days: warnings and breaches.")
@Path("v1")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryPromisesResource {

    @Inject
    DeliveryPromises promises;

    @Inject
    Clocks clocks;

    /** One round of the clock now: {"warned":N,"breached":M}. */
    @POST
    @Path("delivery-promises/check")
    public DeliveryPromises.Round check() {
        return promises.check();
    }

    /**
     * Test servers only ({@code PARTSBRIDGE_TEST_CONTROLS=true}); elsewhere a 404. Left out of the OpenAPI
     * document: it is no integration's business, and a sweep of the document must not move a test server's time.
     */
    @Operation(hidden = true)
    @PUT
    @Path("clock/offset")
    public Response shift(@Valid @NotNull(message = "send {\"offsetDays\":N}") ClockShift shift) {
        clocks.shift(Duration.ofDays(shift.offsetDays()));
        return Response.noContent().build();
    }
}

package com.partsbridge.web.api.rma;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.rma.rma.boundary.Approval;
import com.partsbridge.rma.rma.boundary.Cancellation;
import com.partsbridge.rma.rma.boundary.Closing;
import com.partsbridge.rma.rma.boundary.Delivery;
import com.partsbridge.rma.rma.boundary.LossReport;
import com.partsbridge.rma.rma.boundary.Rejection;
import com.partsbridge.rma.rma.boundary.ResolutionChoice;
import com.partsbridge.rma.rma.boundary.ReturnReceipt;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaSearch;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.boundary.Shipment;
import com.partsbridge.rma.rma.boundary.ShipmentOutcome;
import com.partsbridge.rma.rma.boundary.Verification;
import com.partsbridge.rma.rma.boundary.WrongPartRates;
import com.partsbridge.rma.rma.boundary.WrongPartReport;
import com.partsbridge.rma.rma.entity.RmaState;
import com.partsbridge.web.api.PageParams;
import com.partsbridge.web.api.problem.Problem;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reps' side: the queue and every move of an RMA, each recorded with who, when and why. Every move sends
 * the {@code version} the rep looked at; a missing or malformed one is a 400, a stale one a 409.
 */
@Tag(name = "RMA desk", description = "Support reps verify, approve, ship and receive returns.")
@Path("v1/rmas")
@RequestScoped
@RolesAllowed("rep")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RmasResource {

    static final String SEND_VERSION = "send the version of the RMA you looked at as \"version\"";

    @Inject
    Rmas rmas;

    @Inject
    RmaQueries queries;

    @Context
    SecurityContext security;

    /**
     * Open RMAs oldest first, or those in one {@code state}; {@code overdue}, {@code escalated} and {@code mine}
     * (RMAs you acted on) narrow it, {@code q} finds an RMA number, serial or customer.
     */
    @GET
    public Page<RmaView> queue(
            @QueryParam("state") String state,
            @QueryParam("overdue") String overdue,
            @QueryParam("escalated") String escalated,
            @QueryParam("mine") String mine,
            @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return queries.search(
                new RmaSearch(
                        parseState(state),
                        false,
                        flag("overdue", overdue),
                        flag("escalated", escalated),
                        flag("mine", mine) ? rep() : null,
                        q),
                page.toRequest());
    }

    @GET
    @Path("{number}")
    public RmaView one(@PathParam("number") String number) {
        return queries.anyRma(number);
    }

    @POST
    @Path("{number}/verification")
    public RmaView verify(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) Verification action) {
        return rmas.verify(number, rep(), action);
    }

    @POST
    @Path("{number}/approval")
    public RmaView approve(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) Approval action) {
        return rmas.approve(number, rep(), action);
    }

    /**
     * Changes how an approved RMA is put right before it ships (one line, or all when {@code lineNo} is left
     * out); a refund or store credit pays out once and closes the RMA.
     */
    @POST
    @Path("{number}/resolution")
    public RmaView chooseResolution(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) ResolutionChoice action) {
        return rmas.chooseResolution(number, rep(), action);
    }

    @POST
    @Path("{number}/rejection")
    public RmaView reject(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) Rejection action) {
        return rmas.reject(number, rep(), action);
    }

    /** Gate 2: the scanned parts must be the approved ones, or the shipment is refused (422). */
    @POST
    @Path("{number}/shipment")
    public Response ship(@PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) Shipment action) {
        ShipmentOutcome outcome = rmas.ship(number, rep(), action);
        if (!outcome.shipped()) {
            return Problem.of(422, "wrong-part-scanned", "Unprocessable Content", outcome.detail())
                    .toResponse();
        }
        return Response.ok(outcome.rma()).build();
    }

    @POST
    @Path("{number}/delivery")
    public RmaView deliver(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) Delivery action) {
        return rmas.deliver(number, rep(), action);
    }

    @POST
    @Path("{number}/loss")
    public RmaView lost(@PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) LossReport action) {
        return rmas.reportLost(number, rep(), action);
    }

    /** The customer says a part other than the approved one arrived (e.g. on the phone): a replacement ships. */
    @POST
    @Path("{number}/wrong-part-delivery")
    public RmaView wrongPartDelivered(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) WrongPartReport action) {
        return rmas.reportWrongDelivery(number, rep(), action);
    }

    /** Withdraws a request before it ships. */
    @POST
    @Path("{number}/cancellation")
    public RmaView cancel(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) Cancellation action) {
        return rmas.cancel(number, rep(), action);
    }

    /** Gate 3: the part that came back must be the expected one. */
    @POST
    @Path("{number}/return-receipt")
    public RmaView receiveReturn(
            @PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) ReturnReceipt action) {
        return rmas.receiveReturn(number, rep(), action);
    }

    @POST
    @Path("{number}/closing")
    public RmaView close(@PathParam("number") String number, @Valid @NotNull(message = SEND_VERSION) Closing action) {
        return rmas.close(number, rep(), action);
    }

    /** How often each gate catches a wrong part. */
    @GET
    @Path("wrong-part-rates")
    public WrongPartRates wrongPartRates() {
        return queries.wrongPartRates();
    }

    private String rep() {
        return security.getUserPrincipal().getName();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(name, name + " is true or false");
    }

    private static RmaState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return RmaState.valueOf(state.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "unknown state " + state);
        }
    }
}

package com.partsbridge.web.api.catalog;

import com.partsbridge.catalog.audit.boundary.CatalogChanges;
import com.partsbridge.catalog.audit.boundary.ChangeView;
import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.PartResolution;
import com.partsbridge.catalog.part.boundary.LifecycleChange;
import com.partsbridge.catalog.part.boundary.NewPart;
import com.partsbridge.catalog.part.boundary.NewPrice;
import com.partsbridge.catalog.part.boundary.PartView;
import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.catalog.part.boundary.StockCount;
import com.partsbridge.catalog.part.boundary.Supersession;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Parts: search, supersession chains, and what we would ship for a requested part. */
@Tag(name = "catalog parts", description = "Parts, supersession chains, and what we would ship for a request.")
@Path("v1/parts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartsResource {

    @Inject
    Parts parts;

    @Inject
    Fitments fitments;

    @Inject
    CatalogChanges changes;

    @Context
    UriInfo uri;

    /** Text search over part number, description and the models a part fits. */
    @GET
    public Page<PartView> search(@QueryParam("q") String text, @BeanParam PageParams page) {
        return parts.search(text, page.toRequest());
    }

    @GET
    @Path("{number}")
    @APIResponse(
            responseCode = "200",
            description = "The part (ETag; If-None-Match gives a 304 while it is unchanged)",
            content = @Content(schema = @Schema(implementation = PartView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response byNumber(@PathParam("number") String number, @Context Request request) {
        return ConditionalAnswer.of(request, parts.byNumber(number));
    }

    @GET
    @Path("{number}/chain")
    public List<PartView> chain(@PathParam("number") String number) {
        return parts.chainOf(number);
    }

    /** What we would ship if this part were requested for the unit (model + serial). */
    @GET
    @Path("{number}/resolution")
    @Operation(
            summary = "What we would ship for a requested part",
            description = "Walks the supersession chain and checks fit against the unit (model + serial). "
                    + "ETag; If-None-Match gives a 304 while the answer is unchanged.")
    @APIResponse(
            responseCode = "200",
            description = "The resolution",
            content = @Content(schema = @Schema(implementation = PartResolution.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response resolve(
            @PathParam("number") String number,
            @QueryParam("model") String model,
            @QueryParam("serial") String serial,
            @Context Request request) {
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("model", "the unit's model code is required");
        }
        return ConditionalAnswer.of(request, fitments.resolve(number, model, serial));
    }

    @POST
    @RolesAllowed("admin")
    public Response register(@Valid @NotNull(message = "a part is required") NewPart part) {
        PartView created = parts.register(part);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.partNumber()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{number}/price")
    @RolesAllowed("admin")
    @Operation(summary = "Changes a part's list price", description = "Shows in the next lookup of any unit.")
    public PartView reprice(
            @PathParam("number") String number,
            @Valid @NotNull(message = "a price is required") NewPrice price,
            @Context HttpHeaders headers,
            @Context Request request) {
        return parts.reprice(number, price, seen(number, headers, request));
    }

    @PUT
    @Path("{number}/stock")
    @RolesAllowed("admin")
    @Operation(summary = "Sets a part's stock on hand", description = "After a count or a delivery.")
    public PartView count(
            @PathParam("number") String number,
            @Valid @NotNull(message = "a stock count is required") StockCount count,
            @Context HttpHeaders headers,
            @Context Request request) {
        return parts.count(number, count, seen(number, headers, request));
    }

    @PUT
    @Path("{number}/lifecycle")
    @RolesAllowed("admin")
    @Operation(
            summary = "Moves a part on in production",
            description = "ACTIVE, LAST_TIME_BUY or DISCONTINUED; a discontinued part never returns (409).")
    public PartView move(
            @PathParam("number") String number,
            @Valid @NotNull(message = "a lifecycle is required") LifecycleChange change,
            @Context HttpHeaders headers,
            @Context Request request) {
        return parts.move(number, change, seen(number, headers, request));
    }

    /** Declares that another part, or a kit of several parts shipped together, supersedes this one. */
    @PUT
    @Path("{number}/supersession")
    @RolesAllowed("admin")
    @Operation(
            summary = "Set what replaces a part: one part, or a kit",
            description = "Either supersededBy (one part) or kit (two or more parts, each with a quantity 1 to 99), "
                    + "with the interchangeability. A kit of one part, a part named twice or an unknown part is a "
                    + "400 naming the field; a cycle through any part or kit is a 422.")
    public PartView supersede(
            @PathParam("number") String number,
            @Valid @NotNull(message = "a supersession is required") Supersession supersession,
            @Context HttpHeaders headers,
            @Context Request request) {
        return parts.supersede(number, supersession, seen(number, headers, request));
    }

    /** The part as the client read it, when it sent If-Match with the tag of GET /parts/{number}. */
    private PartView seen(String number, HttpHeaders headers, Request request) {
        return ConditionalAnswer.seen(headers, request, () -> parts.byNumber(number), "part " + number);
    }

    /** The part's audit trail, newest first: who changed what, when, from what to what. */
    @GET
    @Path("{number}/changes")
    @RolesAllowed("admin")
    public Page<ChangeView> changesOf(@PathParam("number") String number, @BeanParam PageParams page) {
        return changes.ofPart(number, page.toRequest());
    }
}

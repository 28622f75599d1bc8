package com.partsbridge.web.api.catalog;

import com.partsbridge.catalog.audit.boundary.CatalogChanges;
import com.partsbridge.catalog.audit.boundary.ChangeView;
import com.partsbridge.catalog.fitment.boundary.FitmentView;
import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.FittingPart;
import com.partsbridge.catalog.fitment.boundary.NewFitment;
import com.partsbridge.catalog.model.boundary.ModelDates;
import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.NewModel;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.catalog.model.boundary.Succession;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import com.partsbridge.tradein.obligation.boundary.PublishedPartsList;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Product models, and the parts that fit one unit of a model. One instance serves every request (it holds only
 * injected proxies): made per request, its four bean references cost the fit lookup a twentieth of its time.
 */
@Tag(name = "catalog models", description = "Product models, their lifecycle, and the parts that fit one unit.")
@Path("v1/models")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelsResource {

    static final String CSV = "text/csv";
    static final int PUBLIC_MAX_AGE_SECONDS = 300;

    @Inject
    ProductModels models;

    @Inject
    Fitments fitments;

    @Inject
    PartsObligations publishedLists;

    @Inject
    CatalogChanges changes;

    @Context
    UriInfo uri;

    /** All models by code, or those whose code or name contains {@code q}. */
    @GET
    public Page<ModelView> list(@QueryParam("q") String text, @BeanParam PageParams page) {
        return models.list(text, page.toRequest());
    }

    /** Models whose promised parts support ends within {@code withinDays} days (default 90). */
    @GET
    @Path("support-ending")
    public Page<ModelView> supportEnding(@QueryParam("withinDays") String withinDays, @BeanParam PageParams page) {
        return models.partsSupportEndingWithin(PageParams.integer("withinDays", withinDays, 90), page.toRequest());
    }

    @GET
    @Path("{code}")
    @APIResponse(
            responseCode = "200",
            description = "The model (ETag: send it in If-Match to change the model only as you read it)",
            content = @Content(schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response byCode(@PathParam("code") String code, @Context Request request) {
        return ConditionalAnswer.of(request, models.byCode(code));
    }

    /** The fits-my-unit question: parts for this model and serial, resolved through supersession. */
    @GET
    @Path("{code}/units/{serial}/parts")
    @Operation(
            summary = "Parts that fit a unit",
            description = "By model and serial; each listed part is resolved through its supersession chain to the "
                    + "newest orderable part (toShip), or marked unavailable. With compact=true, toShip is left out "
                    + "when it is the listed part, and chain when nothing superseded it (about half the bytes). "
                    + "Tagged with an ETag and Cache-Control: no-cache: send If-None-Match to get a 304 while "
                    + "nothing changed.")
    @APIResponse(
            responseCode = "200",
            description = "The parts, by position",
            content = @Content(schema = @Schema(implementation = FittingPart.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response partsThatFit(
            @PathParam("code") String code,
            @PathParam("serial") String serial,
            @QueryParam("compact") String compact,
            @Context Request request) {
        boolean compactAnswer = trueOrFalse("compact", compact);
        List<FittingPart> parts = fitments.partsThatFit(code, serial);
        return ConditionalAnswer.ofJson(request, FitAnswerJson.of(parts, compactAnswer));
    }

    /**
     * The model's free public spare parts list, as JSON or CSV ({@code Accept: text/csv} or {@code ?format=csv}).
     * The same for everybody, so shared caches may keep it for five minutes.
     */
    @GET
    @Path("{code}/spare-parts")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "A model's public spare parts list",
            description = "Every spare part of the model with its indicative (list) price, availability and the "
                    + "date it is available until, and the delivery commitment in working days; JSON, or CSV "
                    + "with Accept: text/csv or ?format=csv. No sign-in.")
    public Response spareParts(
            @PathParam("code") String code,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
            throw new InvalidInputException("format", "format is csv or json");
        }
        PublishedPartsList list = publishedLists.publishedPartsList(code);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains(CSV));
        Response.ResponseBuilder answer = csv
                ? Response.ok(SparePartsCsv.of(list), CSV + ";charset=UTF-8")
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"spare-parts-" + list.modelCode() + ".csv\"")
                : Response.ok(list, MediaType.APPLICATION_JSON);
        return answer.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + PUBLIC_MAX_AGE_SECONDS)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    @POST
    @RolesAllowed("admin")
    public Response register(@Valid @NotNull(message = "a model is required") NewModel model) {
        ModelView created = models.register(model);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @POST
    @Path("{code}/fitments")
    @RolesAllowed("admin")
    public Response addFitment(
            @PathParam("code") String code, @Valid @NotNull(message = "a fitment is required") NewFitment fitment) {
        FitmentView created = fitments.add(code, fitment);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{code}/lifecycle")
    @RolesAllowed("admin")
    @Operation(
            summary = "Sets a model's lifecycle dates",
            description = "launchedOn (required), discontinuedOn (none: still sold) and partsSupportUntil (needs "
                    + "discontinuedOn, not before it); a rule broken is a 422 naming the field.")
    public ModelView reschedule(
            @PathParam("code") String code,
            @Valid @NotNull(message = "the lifecycle dates are required") ModelDates dates,
            @Context HttpHeaders headers,
            @Context Request request) {
        return models.reschedule(code, dates, seen(code, headers, request));
    }

    @PUT
    @Path("{code}/successor")
    @RolesAllowed("admin")
    @Operation(
            summary = "Names the model that succeeds this one",
            description = "A successor chain that would loop back is a 422 naming successorCode.")
    public ModelView succeed(
            @PathParam("code") String code,
            @Valid @NotNull(message = "a successor is required") Succession succession,
            @Context HttpHeaders headers,
            @Context Request request) {
        return models.succeed(code, succession, seen(code, headers, request));
    }

    @DELETE
    @Path("{code}/successor")
    @RolesAllowed("admin")
    @Operation(summary = "The model has no successor any more")
    public ModelView dropSuccessor(
            @PathParam("code") String code, @Context HttpHeaders headers, @Context Request request) {
        return models.dropSuccessor(code, seen(code, headers, request));
    }

    /** The model as the client read it, when it sent If-Match with the tag of GET /models/{code}. */
    private ModelView seen(String code, HttpHeaders headers, Request request) {
        return ConditionalAnswer.seen(headers, request, () -> models.byCode(code), "model " + code);
    }

    /** The model's fitments with their ids (to remove one), serial ranges and positions. */
    @GET
    @Path("{code}/fitments")
    @RolesAllowed("admin")
    public Page<FitmentView> fitmentsOf(@PathParam("code") String code, @BeanParam PageParams page) {
        return fitments.ofModel(code, page.toRequest());
    }

    @DELETE
    @Path("{code}/fitments/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Removes a fitment listed by mistake", description = "204; the model's trail keeps it.")
    public Response removeFitment(@PathParam("code") String code, @PathParam("id") long id) {
        fitments.remove(code, id);
        return Response.noContent().build();
    }

    /** A yes/no query parameter: absent is false; anything but true or false is a 400 naming it. */
    private static boolean trueOrFalse(String field, String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(field, field + " is true or false");
    }

    /** The model's audit trail, newest first: who changed what, when, from what to what. */
    @GET
    @Path("{code}/changes")
    @RolesAllowed("admin")
    public Page<ChangeView> changesOf(@PathParam("code") String code, @BeanParam PageParams page) {
        return changes.ofModel(code, page.toRequest());
    }
}

package com.partsbridge.web.api.catalog;

import com.partsbridge.catalog.diagram.boundary.DiagramView;
import com.partsbridge.catalog.diagram.boundary.Diagrams;
import com.partsbridge.catalog.diagram.boundary.HotspotMap;
import com.partsbridge.catalog.diagram.boundary.NewDiagram;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.web.api.PageParams;
import com.partsbridge.web.api.body.LargeBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exploded diagrams of model revisions, for admins: a diagram for a model's serial range, its drawing (SVG,
 * sanitised before it is stored) and its hotspots on the model's positions. Customers see them on the fit page.
 */
@Tag(name = "catalog diagrams", description = "Exploded diagrams of model revisions and their hotspots (admin).")
@Path("v1/diagrams")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiagramsResource {

    static final String SVG = "image/svg+xml";

    @Inject
    Diagrams diagrams;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "A model's diagrams, by serial range")
    public Page<DiagramView> ofModel(@QueryParam("model") String model, @BeanParam PageParams page) {
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("model", "the model code is required, e.g. ?model=HARMONY-880");
        }
        return diagrams.ofModel(model, page.toRequest());
    }

    @POST
    @Operation(
            summary = "A diagram for a model's serial range (a revision)",
            description = "Then PUT its drawing to /svg and its hotspots to /hotspots. Ranges of a model never "
                    + "overlap (409).")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(@Valid @NotNull(message = "a diagram is required") NewDiagram diagram) {
        DiagramView created = diagrams.create(diagram, admin());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public DiagramView byId(@PathParam("id") long id) {
        return diagrams.byId(id);
    }

    /** The drawing as stored: sanitised markup, never what was uploaded. */
    @GET
    @Path("{id}/svg")
    @Produces(SVG)
    @Operation(summary = "The sanitised drawing")
    public Response drawing(@PathParam("id") long id) {
        return Response.ok(diagrams.drawing(id), SVG + ";charset=UTF-8").build();
    }

    @PUT
    @Path("{id}/svg")
    @Consumes(SVG)
    @LargeBody // up to partsbridge.diagram.max-bytes (256 KiB), enforced by Diagrams
    @Operation(
            summary = "Upload or replace the drawing",
            description = "SVG only, at most 256 KiB; parsed without DTDs, and only static drawing elements and "
                    + "presentation attributes are kept (no script, event handler, foreignObject, image, link, style "
                    + "or reference outside the drawing). Hotspots that fall outside a new drawing are dropped.")
    @APIResponse(responseCode = "400", description = "not a well-formed SVG drawing")
    @APIResponse(responseCode = "413", description = "larger than the drawing size limit")
    public DiagramView draw(@PathParam("id") long id, InputStream svg) {
        return diagrams.draw(id, svg, admin());
    }

    @PUT
    @Path("{id}/hotspots")
    @Operation(
            summary = "Set the hotspots",
            description = "Replaces all of them; each names a position the model has parts for in the diagram's "
                    + "serial range and lies inside the drawing.")
    public DiagramView mapHotspots(
            @PathParam("id") long id, @Valid @NotNull(message = "the hotspots are required") HotspotMap hotspots) {
        return diagrams.mapHotspots(id, hotspots, admin());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        diagrams.delete(id, admin());
        return Response.noContent().build();
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }
}

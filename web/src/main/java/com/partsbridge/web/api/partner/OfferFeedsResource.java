package com.partsbridge.web.api.partner;

import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.feed.boundary.FeedView;
import com.partsbridge.tradein.feed.boundary.OfferFeeds;
import com.partsbridge.tradein.feed.boundary.RejectedRow;
import com.partsbridge.tradein.feed.entity.FeedFormat;
import com.partsbridge.web.api.PageParams;
import com.partsbridge.web.api.body.LargeBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Offer feeds: the partner's offers in bulk, as CSV or a JSON array. Every row is checked on its own; a
 * feed that cannot be read at all is refused whole. A small feed answers 201 with its report; a large one
 * answers 202 and is applied by a batch job whose progress the partner polls at the Location.
 */
@Tag(name = "partner")
@SecurityRequirement(name = "partnerKey")
@APIResponse(responseCode = "429", description = "over the partner's rate; see Retry-After")
@PartnerApi
@Path("partner/v1/offer-feeds")
@RequestScoped
@RolesAllowed("partner")
@Produces(MediaType.APPLICATION_JSON)
public class OfferFeedsResource {

    static final String CSV = "text/csv";

    @Inject
    OfferFeeds feeds;

    @Inject
    PartnerContext partner;

    @Context
    UriInfo uri;

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Upload a feed; the same feed twice changes nothing")
    @APIResponse(responseCode = "201", description = "applied; the body is the report")
    @APIResponse(responseCode = "202", description = "large: queued for the batch job; poll the Location")
    @APIResponse(responseCode = "400", description = "the feed cannot be read; nothing of it was applied")
    @APIResponse(responseCode = "413", description = "larger than the feed size limit")
    @LargeBody // up to partsbridge.feed.max-bytes, enforced by OfferFeeds
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) {
        FeedFormat format =
                type != null && type.isCompatible(MediaType.valueOf(CSV)) ? FeedFormat.CSV : FeedFormat.JSON;
        FeedView feed = feeds.submit(partner.partnerId(), partner.actor(), format, body);
        return Response.status(feed.finished() ? Response.Status.CREATED : Response.Status.ACCEPTED)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(feed.id()))
                        .build())
                .entity(feed)
                .build();
    }

    @GET
    @Operation(summary = "The partner's feeds, newest first")
    public Page<FeedView> list(@BeanParam PageParams page) {
        return feeds.feeds(partner.partnerId(), page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A feed's status, progress and counts")
    public FeedView feed(@PathParam("id") long id) {
        return feeds.feed(partner.partnerId(), id);
    }

    @GET
    @Path("{id}/rejections")
    @Operation(summary = "The rows a feed did not apply, with the field and the reason")
    public Page<RejectedRow> rejections(@PathParam("id") long id, @BeanParam PageParams page) {
        return feeds.rejections(partner.partnerId(), id, page.toRequest());
    }
}

package com.partsbridge.web.api.tradein;

import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.feed.boundary.FeedView;
import com.partsbridge.tradein.feed.boundary.OfferFeeds;
import com.partsbridge.tradein.feed.boundary.RejectedRow;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins read a partner's offer feeds (status, progress, counts) and the rows each one rejected: what the partner
 * sees of its own through /api/partner/v1/offer-feeds. Shares its root path with the other partner resources:
 * RESTEasy picks the class by its path before the method, so a longer class path would hide their methods.
 */
@Tag(name = "transitions")
@Path("v1/partners")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerFeedsResource {

    @Inject
    OfferFeeds feeds;

    /** The partner's feeds, newest first, paged. */
    @GET
    @Path("{id}/offer-feeds")
    public Page<FeedView> feeds(@PathParam("id") long partnerId, @BeanParam PageParams page) {
        return feeds.feeds(partnerId, page.toRequest());
    }

    @GET
    @Path("{id}/offer-feeds/{feed}")
    public FeedView feed(@PathParam("id") long partnerId, @PathParam("feed") long feedId) {
        return feeds.feed(partnerId, feedId);
    }

    /** The rows the feed did not apply, in feed order, paged. */
    @GET
    @Path("{id}/offer-feeds/{feed}/rejections")
    public Page<RejectedRow> rejections(
            @PathParam("id") long partnerId, @PathParam("feed") long feedId, @BeanParam PageParams page) {
        return feeds.rejections(partnerId, feedId, page.toRequest());
    }
}

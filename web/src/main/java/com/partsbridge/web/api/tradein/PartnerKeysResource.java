package com.partsbridge.web.api.tradein;

import com.partsbridge.tradein.partner.boundary.NewKey;
import com.partsbridge.tradein.partner.boundary.PartnerKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins issue, list and revoke partners' API keys.
 * Shares its root path with the other partner resources: RESTEasy picks the class by its path before the
 * method, so a longer class path would hide their methods.
 */
@Tag(name = "transitions")
@Path("v1/partners")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerKeysResource {

    @Inject
    PartnerKeys keys;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * Issues an API key for the partner: {"label":"ERP sync"} (the label is optional; so is the body). The key in
     * the answer is never shown again.
     */
    @POST
    @Path("{id}/api-keys")
    public Response issue(@PathParam("id") long partnerId, @Valid NewKey request) {
        PartnerKeys.IssuedKey key = keys.issue(
                partnerId,
                request == null ? null : request.label(),
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(key.keyId()).build())
                .entity(key)
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id}/api-keys")
    public List<PartnerKeys.KeyView> keys(@PathParam("id") long partnerId) {
        return keys.of(partnerId);
    }

    /** Revokes a key at once: its next call is a 401. */
    @DELETE
    @Path("{id}/api-keys/{key}")
    public PartnerKeys.KeyView revoke(@PathParam("id") long partnerId, @PathParam("key") String keyId) {
        return keys.revoke(partnerId, keyId, security.getUserPrincipal().getName());
    }
}

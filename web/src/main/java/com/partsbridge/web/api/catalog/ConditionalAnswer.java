package com.partsbridge.web.api.catalog;

import com.partsbridge.web.api.JsonbConfiguration;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * A catalog answer as JSON with a strong ETag (a hash of its bytes) and {@code Cache-Control: no-cache}: a
 * client or shared cache may keep it but asks again each time, and an unchanged answer is a bodyless 304. The
 * tag is the content's hash, not a version held in memory, so every node of a cluster gives the same answer the
 * same tag, and any change in the database (price, stock, lifecycle, supersession) changes it at once.
 */
final class ConditionalAnswer {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private ConditionalAnswer() {}

    static Response of(Request request, Object entity) {
        return ofJson(request, json(entity));
    }

    /** The same for an answer already written as JSON. */
    static Response ofJson(Request request, byte[] body) {
        EntityTag tag = new EntityTag(hash(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(REVALIDATE).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .cacheControl(REVALIDATE)
                .build();
    }

    /**
     * For a change conditioned on what the client read ({@code If-Match} with the tag of the GET's answer): the
     * current view when the tag is still its tag, for the boundary to check again where it makes the change (a
     * change committed in between is then a 409 naming who made it); null when the client sent no If-Match and
     * changes whatever is current. A tag that is no longer the current one is a 412.
     */
    static <T> T seen(HttpHeaders headers, Request request, Supplier<T> current, String what) {
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            return null;
        }
        T view = current.get();
        if (request.evaluatePreconditions(tagOf(view)) != null) {
            throw new WebApplicationException(
                    what + " changed since you read it: the tag in If-Match is not its current ETag; GET it again",
                    Response.Status.PRECONDITION_FAILED);
        }
        return view;
    }

    /** The tag {@link #of} gives this entity's answer. */
    static EntityTag tagOf(Object entity) {
        return new EntityTag(hash(json(entity)));
    }

    private static byte[] json(Object entity) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(4096);
        JsonbConfiguration.shared().toJson(entity, json);
        return json.toByteArray();
    }

    /** 128 bits of SHA-256, URL-safe: collisions are out of reach, the header stays short. */
    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package com.partsbridge.web.api.catalog;

import com.partsbridge.web.api.JsonbConfiguration;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

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
        ByteArrayOutputStream json = new ByteArrayOutputStream(4096);
        JsonbConfiguration.shared().toJson(entity, json);
        return ofJson(request, json.toByteArray());
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

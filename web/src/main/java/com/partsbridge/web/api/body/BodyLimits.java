package com.partsbridge.web.api.body;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Caps every request body of the API (64 KiB unless {@code partsbridge.api.max-body-bytes} says otherwise) and
 * the nesting of JSON bodies (64 levels), except on methods marked {@link LargeBody}.
 */
@Provider
public class BodyLimits implements DynamicFeature {

    public static final String MAX_BODY_BYTES = "partsbridge.api.max-body-bytes";
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** Far beyond any body we define, far below what would strain a recursive parser. */
    public static final int MAX_JSON_DEPTH = 64;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod() != null
                && !resource.getResourceMethod().isAnnotationPresent(LargeBody.class)) {
            context.register(new BoundedBody(maxBodyBytes(), MAX_JSON_DEPTH));
        }
    }

    public static long maxBodyBytes() {
        return ConfigProvider.getConfig()
                .getOptionalValue(MAX_BODY_BYTES, Long.class)
                .orElse(DEFAULT_MAX_BODY_BYTES);
    }
}

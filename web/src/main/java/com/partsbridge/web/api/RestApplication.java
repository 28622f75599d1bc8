package com.partsbridge.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** All JSON endpoints live under /api; versions are path segments (/api/v1, /api/partner/v1). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "PartsBridge API",
                        version = "1",
                        description =
                                "Replacement parts catalog, RMAs and product transitions. Partner suppliers use the "
                                        + "paths under /api/partner/v1 with their API key as a bearer token."))
@SecurityScheme(
        securitySchemeName = "partnerKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "pbk_<key id>.<secret>",
        description = "A partner API key, issued by PartsBridge")
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "Customers, reps and admins")
public class RestApplication extends Application {}

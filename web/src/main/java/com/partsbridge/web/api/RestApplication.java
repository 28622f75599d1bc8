package com.partsbridge.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All JSON endpoints live under /api; versions are path segments (/api/v1, /api/partner/v1). */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "PartsBridge API", version = "1",
        description = "Replacement parts catalog, RMAs and product transitions."))
public class RestApplication extends Application {
}

package com.partsbridge.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What operations rely on: health probes, the OpenAPI document, and errors as problem+json. WildFly does
 * not register MicroProfile health checks that live in EAR subdeployments (WFLY-12835), so readiness is
 * the server's own: boot errors, server state, and every deployment deployed without error.
 */
class PlatformIT extends SystemTest {

    @Test
    void reportsReadyWithTheApplicationDeployedOnTheManagementPort() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("it.management.port")
                                        + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().startsWith("{\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"partsbridge.ear\":\"OK\""), health.body());
    }

    @Test
    void servesAnOpenApiDocumentDescribingTheCatalogApi() {
        Api.Reply openapi = Api.at(base).get("/openapi?format=JSON");

        assertEquals(200, openapi.status(), openapi::toString);
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/models/{code}/units/{serial}/parts"), paths.keySet()::toString);
        assertTrue(paths.containsKey("/api/v1/parts/{number}/resolution"), paths.keySet()::toString);
    }

    @Test
    void answersAnUnknownPathWithAProblemDocument() {
        Api.Reply reply = Api.at(base).get("/api/v1/no-such-thing");

        assertEquals(404, reply.status());
        assertTrue(reply.isProblem(), reply::toString);
    }

    @Test
    void answersTheBenchmarkYardstick() {
        assertEquals("ok", Api.at(base).get("/api/v1/ping").json().getString("status"));
    }
}

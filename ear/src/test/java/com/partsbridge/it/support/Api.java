package com.partsbridge.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the system tests: talks to the deployed EAR as any API client would. */
public final class Api {

    public static final String ADMIN = "admin:admin-demo-pw";
    public static final String REP = "rita:rep-demo-pw";
    public static final String ALICE = "alice:alice-demo-pw";
    public static final String BOB = "bob:bob-demo-pw";

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api at(URL base) {
        try {
            return new Api(base.toURI(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same client, signing every request with HTTP Basic as {@code user:password}. */
    public Api as(String userAndPassword) {
        return new Api(
                base, "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same client, sending a partner API key as a bearer token. */
    public Api withKey(String partnerKey) {
        return new Api(base, "Bearer " + partnerKey);
    }

    /** A suffix that keeps each test's fixtures apart from other tests and from earlier runs. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A conditional GET: the server answers 304 while the answer still has this ETag. */
    public Reply getIfNoneMatch(String path, String etag) {
        return send(request(path).setHeader("If-None-Match", etag).GET());
    }

    public Reply getAccepting(String path, String mediaType) {
        return send(request(path).setHeader("Accept", mediaType).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A change conditioned on what the client read: the server refuses it (412) unless the ETag is current. */
    public Reply putIfMatch(String path, String json, String etag) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply deleteIfMatch(String path, String etag) {
        return send(request(path).header("If-Match", etag).DELETE());
    }

    /** A body of any type, e.g. a CSV offer feed. */
    public Reply post(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A PUT of any type, e.g. an SVG drawing. */
    public Reply put(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(null),
                    r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, location and body, with JSON views of the body. */
    public record Reply(
            int status, String contentType, String location, String body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}

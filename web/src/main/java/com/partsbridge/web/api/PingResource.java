package com.partsbridge.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The cheapest possible JSON answer: the yardstick the benchmark compares real endpoints with. */
@Path("v1/ping")
public class PingResource {

    public record Pong(String status) {}

    private static final Pong PONG = new Pong("ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Pong ping() {
        return PONG;
    }
}

package com.partsbridge.web.api.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns every failure of the API into a problem+json document, as {@link Failures} classifies it (the same
 * classifier the pages use): never a stack trace, never an internal class name.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = describe(thrown);
        Response.ResponseBuilder response = problem.toResponseBuilder();
        if (problem.status() == Status.UNAUTHORIZED.getStatusCode()) {
            response.header("WWW-Authenticate", "Basic realm=\"PartsBridge\"");
        }
        if (thrown instanceof WebApplicationException e && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)); // a 405 lists them
        }
        return response.build();
    }

    Problem describe(Throwable thrown) {
        if (thrown instanceof ForbiddenException && security != null && security.getUserPrincipal() == null) {
            return Problem.of(Status.UNAUTHORIZED, "authentication-required", "sign in to do this");
        }
        return Problem.of(Failures.classify(thrown));
    }
}

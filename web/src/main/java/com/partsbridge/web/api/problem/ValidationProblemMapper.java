package com.partsbridge.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.api.validation.ResteasyConstraintViolation;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * Bean Validation failures on resource parameters. RESTEasy raises its own subtype and has a built-in
 * plain-text mapper for it, which the general {@link ProblemMapper} cannot outrank; this one does.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ResteasyViolationException> {

    @Override
    public Response toResponse(ResteasyViolationException e) {
        if (e.getException() != null) { // validation itself failed: a server fault, not bad input
            return Problem.of(Failures.classify(e.getException())).toResponse();
        }
        Problem problem = Problem.of(Response.Status.BAD_REQUEST, "invalid-input", "some fields are invalid");
        for (ResteasyConstraintViolation v : e.getViolations()) {
            problem.field(lastSegment(v.getPath()), v.getMessage());
        }
        return problem.toResponse();
    }

    /** "register.model.listPrice" becomes "listPrice"; a whole missing body is "body". */
    private static String lastSegment(String path) {
        if (path == null || path.isBlank()) {
            return "body";
        }
        String[] segments = path.split("\\.");
        return segments.length <= 2 ? "body" : segments[segments.length - 1];
    }
}

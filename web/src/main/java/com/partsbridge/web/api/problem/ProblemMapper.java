package com.partsbridge.web.api.problem;

import com.partsbridge.kernel.BusinessException;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.kernel.TooLargeException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the API into a problem+json document: business exceptions by category, Bean
 * Validation failures with their fields, unreadable bodies as 400, and anything unexpected as a 500 that
 * names an incident id for the log, never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = describe(thrown);
        Response.ResponseBuilder response = problem.toResponseBuilder();
        if (problem.status() == Status.UNAUTHORIZED.getStatusCode()) {
            response.header("WWW-Authenticate", "Basic realm=\"PartsBridge\"");
        }
        return response.build();
    }

    Problem describe(Throwable thrown) {
        return problemFor(unwrap(thrown));
    }

    private Problem problemFor(Throwable t) {
        if (t instanceof InvalidInputException e) {
            return Problem.of(Status.BAD_REQUEST, e.code(), e.getMessage()).field(e.field(), e.getMessage());
        }
        if (t instanceof NotFoundException e) {
            return Problem.of(Status.NOT_FOUND, e.code(), e.getMessage());
        }
        if (t instanceof ConflictException e) {
            return Problem.of(Status.CONFLICT, e.code(), e.getMessage());
        }
        if (t instanceof RuleViolationException e) {
            return Problem.of(422, e.code(), "Unprocessable Content", e.getMessage());
        }
        if (t instanceof TooLargeException e) {
            return Problem.of(413, e.code(), "Content Too Large", e.getMessage());
        }
        if (t instanceof BusinessException e) {
            return Problem.of(Status.BAD_REQUEST, e.code(), e.getMessage());
        }
        if (t instanceof ConstraintViolationException e) {
            return validationProblem(e);
        }
        if (t instanceof OptimisticLockException || t instanceof jakarta.ejb.ConcurrentAccessException) {
            return Problem.of(Status.CONFLICT, "concurrent-change",
                    "someone else changed this at the same time; reload and try again");
        }
        if (t instanceof SQLException e && isIntegrityViolation(e)) { // e.g. two uploads creating one offer at once
            return Problem.of(Status.CONFLICT, "conflicting-change",
                    "this conflicts with a change made at the same moment; try again");
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return Problem.of(Status.BAD_REQUEST, "unreadable-body",
                    "the request body is not valid JSON of the expected shape: " + firstLine(t.getMessage()));
        }
        if (t instanceof jakarta.ws.rs.ForbiddenException && security != null && security.getUserPrincipal() == null) {
            return Problem.of(Status.UNAUTHORIZED, "authentication-required", "sign in to do this");
        }
        if (t instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Status known = Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            return Problem.of(status, title.toLowerCase().replace(' ', '-'), title, firstLine(e.getMessage()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, t);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error",
                "something went wrong on our side; quote incident " + incident);
    }

    private static Problem validationProblem(ConstraintViolationException e) {
        Problem problem = Problem.of(Status.BAD_REQUEST, "invalid-input", "some fields are invalid");
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            problem.field(fieldName(v.getPropertyPath()), v.getMessage());
        }
        return problem;
    }

    /** "create.arg0.listPrice" becomes "listPrice": clients know fields, not Java methods. */
    private static String fieldName(Path path) {
        String last = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last == null ? "body" : last;
    }

    /** EJB, JTA and persistence wrap the exception that matters; find the first one we can explain. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof BusinessException || t instanceof ConstraintViolationException
                    || t instanceof OptimisticLockException || t instanceof JsonbException
                    || t instanceof SQLException e && isIntegrityViolation(e)) {
                return t;
            }
        }
        return thrown;
    }

    /** SQLSTATE class 23: a unique key or another integrity constraint refused the write. */
    private static boolean isIntegrityViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}

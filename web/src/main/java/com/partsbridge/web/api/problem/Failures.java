package com.partsbridge.web.api.problem;

import com.partsbridge.kernel.BusinessException;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.IntegrityViolations;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.kernel.TooLargeException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one classifier of failures, for the API and the pages alike: business exceptions by category, Bean
 * Validation with its fields, unreadable JSON naming the member, concurrent changes as conflicts, and
 * anything else as our fault, logged once under an incident id. Details never name Java classes.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    /** How far down a chain of causes to look; EJB, JTA and persistence wrap a few levels deep. */
    private static final int MAX_DEPTH = 15;

    /** Yasson says "Unable to deserialize property 'lines' because of: ... property 'quantity' ...". */
    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,100})'");

    private Failures() {}

    public static Failure classify(Throwable thrown) {
        List<Throwable> chain = chain(thrown);
        for (Throwable t : chain) { // a rule we refused on purpose beats whatever wrapped it
            if (t instanceof BusinessException e) {
                return business(e);
            }
            if (t instanceof ConstraintViolationException e) {
                return validation(e);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof OptimisticLockException || t instanceof jakarta.ejb.ConcurrentAccessException) {
                lostRace(t);
                return Failure.of(
                        409,
                        "concurrent-change",
                        "Conflict",
                        "someone else changed this at the same time; reload and try again");
            }
            if (t instanceof SQLException e && IntegrityViolations.isOne(e)) { // two uploads creating one offer at once
                lostRace(t);
                return Failure.of(
                        409,
                        "conflicting-change",
                        "Conflict",
                        "this conflicts with a change made at the same moment; try again");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof JsonParsingException || t instanceof JsonbException e && isReading(e)) {
                return unreadableJson(chain, null);
            }
        }
        if (thrown instanceof WebApplicationException e) {
            return web(e);
        }
        return unexpected(thrown);
    }

    /** A lost race is normal under load: one line for the operator, no trace (the container logs none either). */
    private static void lostRace(Throwable t) {
        LOG.info("a concurrent change lost the race and was answered 409: " + t.getMessage());
    }

    /** The member of a JSON body that could not be bound, with a message a client can act on. */
    public static InvalidInputException unreadableJsonMember(Throwable thrown, String lastMember) {
        Failure failure = unreadableJson(chain(thrown), lastMember);
        var field = failure.fields().entrySet().iterator().next();
        return new InvalidInputException(field.getKey(), field.getValue());
    }

    private static Failure business(BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            return Failure.of(400, e.code(), "Bad Request", e.getMessage()).withField(invalid.field(), e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return Failure.of(404, e.code(), "Not Found", e.getMessage());
        }
        if (e instanceof ConflictException) {
            return Failure.of(409, e.code(), "Conflict", e.getMessage());
        }
        if (e instanceof RuleViolationException rule) {
            Failure failure = Failure.of(422, e.code(), "Unprocessable Content", e.getMessage());
            return rule.field() == null ? failure : failure.withField(rule.field(), e.getMessage());
        }
        if (e instanceof TooLargeException) {
            return Failure.of(413, e.code(), "Content Too Large", e.getMessage());
        }
        return Failure.of(400, e.code(), "Bad Request", e.getMessage());
    }

    private static Failure validation(ConstraintViolationException e) {
        Failure failure = Failure.of(400, "invalid-input", "Bad Request", "some fields are invalid");
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            failure = failure.withField(fieldName(v.getPropertyPath()), v.getMessage());
        }
        return failure;
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

    /**
     * Broken JSON is the whole body's fault; a member of the wrong type or out of range is that member's.
     * The member comes from Yasson's message (the innermost property it names) or, when Yasson names none
     * (an unknown enum constant, null into a number), from the last member the parser read.
     */
    private static Failure unreadableJson(List<Throwable> chain, String lastMember) {
        for (Throwable t : chain) {
            if (t instanceof JsonParsingException e) {
                return invalid("body", "the body is not JSON of the expected shape" + where(e.getLocation()));
            }
        }
        String field = null;
        for (Throwable t : chain) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (property.find()) {
                field = property.group(1);
            }
        }
        if (field == null) {
            field = lastMember;
        }
        if (field == null) {
            return invalid("body", "the body must be a JSON object of the documented shape");
        }
        return invalid(field, field + " " + problemWithValue(chain));
    }

    private static Failure invalid(String field, String message) {
        return Failure.of(400, "invalid-input", "Bad Request", message).withField(field, message);
    }

    private static String problemWithValue(List<Throwable> chain) {
        Throwable root = chain.get(chain.size() - 1);
        String message = String.valueOf(root.getMessage());
        if (root instanceof NumberFormatException || root instanceof ArithmeticException) {
            return "must be a number of the documented kind and range (whole numbers have no fraction)";
        }
        if (message.startsWith("No enum constant")) {
            return "is not one of the allowed values";
        }
        if (message.contains("Allowed: [START_ARRAY]")) {
            return "must be a JSON array";
        }
        if (message.contains("Allowed: [START_OBJECT]")) {
            return "must be a JSON object";
        }
        return "has a value of the wrong type";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNumber() < 0
                ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    /** Routing and content negotiation refused the request before any resource ran. */
    private static Failure web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Status known = Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "there is nothing at this address";
            case 405 -> "this address does not take that method; the Allow header lists the ones it takes";
            case 406 -> "this address cannot answer in the media types you accept; accept application/json";
            case 415 -> "this address does not take that content type; send application/json";
            default -> ownMessage(e.getMessage(), title);
        };
        return Failure.of(status, title.toLowerCase().replace(' ', '-'), title, detail);
    }

    /** Our own code's message, but not a framework's ("RESTEASY003210: ...", "HTTP 403 Forbidden"). */
    private static String ownMessage(String message, String fallback) {
        if (message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ")) {
            return fallback;
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private static Failure unexpected(Throwable thrown) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, thrown);
        return new Failure(
                500,
                "internal-error",
                "Internal Server Error",
                "something went wrong on our side; quote incident " + incident,
                java.util.Map.of(),
                incident);
    }

    /** Writing a response that JSON-B cannot serialize is our fault, not the client's. */
    private static boolean isReading(JsonbException e) {
        return e.getMessage() == null || !e.getMessage().startsWith("Unable to serialize");
    }

    private static List<Throwable> chain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && chain.size() < MAX_DEPTH && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}

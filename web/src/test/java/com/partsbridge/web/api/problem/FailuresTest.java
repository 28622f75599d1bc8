package com.partsbridge.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.kernel.TooLargeException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void businessExceptionsKeepTheirCategoryHoweverDeepTheContainerWrapsThem() {
        assertEquals(
                400,
                Failures.classify(new EJBException(new InvalidInputException("price", "bad")))
                        .status());
        assertEquals(
                404,
                Failures.classify(new NotFoundException("part-not-found", "no part"))
                        .status());
        assertEquals(
                409,
                Failures.classify(new ConflictException("illegal-move", "no")).status());
        assertEquals(
                422,
                Failures.classify(new RuleViolationException("wrong-part", "no"))
                        .status());
        assertEquals(
                413,
                Failures.classify(new TooLargeException("feed-too-large", "too big"))
                        .status());
    }

    @Test
    void anInvalidInputNamesItsField() {
        Failure failure = Failures.classify(new InvalidInputException("serial", "the serial is malformed"));

        assertEquals(Map.of("serial", "the serial is malformed"), failure.fields());
        assertFalse(failure.unexpected());
    }

    @Test
    void anOptimisticLockAtCommitIsAConcurrentChange() {
        Failure failure = Failures.classify(new EJBTransactionRolledbackException(
                "rolled back", new RollbackException(new OptimisticLockException("stale"))));

        assertEquals(409, failure.status());
        assertEquals("concurrent-change", failure.code());
    }

    @Test
    void anyOtherContainerFailureIsOursWithAnIncidentNotAConcurrentChange() {
        Failure failure = Failures.classify(new EJBException(new IllegalStateException("bug")));

        assertEquals(500, failure.status());
        assertNotNull(failure.incident());
        assertTrue(failure.detail().contains(failure.incident()), failure::detail);
        assertFalse(failure.detail().contains("IllegalState"), failure::detail);
    }

    @Test
    void aLimitHitWhileJsonBindingReadsTheStreamKeepsItsOwnStatus() {
        JsonbException wrapped = new JsonbException(
                "Internal error: too large",
                new TooLargeException("body-too-large", "the request body is larger than 65536 bytes"));

        assertEquals(413, Failures.classify(wrapped).status());
    }

    @Test
    void aMemberOfTheWrongTypeIsNamedByTheInnermostPropertyWithoutJavaTypes() {
        JsonbException yasson = new JsonbException(
                "Unable to deserialize property 'lines' because of: Unable to "
                        + "deserialize property 'quantity' because of: Error deserialize JSON value into type: int.",
                new NumberFormatException("For input string: \"abc\""));

        Failure failure = Failures.classify(yasson);

        assertEquals(400, failure.status());
        assertEquals(java.util.Set.of("quantity"), failure.fields().keySet());
        assertFalse(failure.fields().get("quantity").contains("int"), failure.fields()::toString);
    }

    @Test
    void aWrongShapeWithNoPropertyNamedIsTheBodysFault() {
        Failure failure =
                Failures.classify(new JsonbException("Internal error: null", new java.util.NoSuchElementException()));

        assertEquals(Map.of("body", "the body must be a JSON object of the documented shape"), failure.fields());
    }

    @Test
    void anUnknownEnumConstantIsNamedByTheLastMemberReadAndItsJavaTypeIsNotShown() {
        var refused = Failures.unreadableJsonMember(
                new JsonbException(
                        "Internal error: No enum constant " + "com.partsbridge.rma.rma.entity.ReturnReason.NOPE",
                        new IllegalArgumentException(
                                "No enum constant com.partsbridge.rma.rma.entity.ReturnReason.NOPE")),
                "reason");

        assertEquals("reason", refused.field());
        assertFalse(refused.getMessage().contains("com.partsbridge"), refused::getMessage);
    }

    @Test
    void brokenJsonIsTheBodysFaultWithWhereItBroke() {
        JsonParsingException broken = new JsonParsingException("Invalid token=EOF", null);

        Failure failure = Failures.classify(new RuntimeException(new JsonbException("Internal error", broken)));

        assertEquals(400, failure.status());
        assertTrue(
                failure.fields().get("body").startsWith("the body is not JSON of the expected shape"),
                failure.fields()::toString);
    }

    @Test
    void aResponseJsonBCannotWriteIsOursNotTheClients() {
        assertEquals(
                500,
                Failures.classify(new JsonbException("Unable to serialize property 'x'"))
                        .status());
    }

    @Test
    void aRefusalHasNoIncident() {
        assertNull(
                Failures.classify(new ConflictException("illegal-move", "no")).incident());
    }

    @Test
    void aRuleThatNamesItsInputIsA422WithThatField() {
        Failure failure = Failures.classify(new jakarta.ejb.EJBException(
                new RuleViolationException("supersession-cycle", "B cannot supersede A", "supersededBy")));

        assertEquals(422, failure.status());
        assertEquals(Map.of("supersededBy", "B cannot supersede A"), failure.fields());
    }
}

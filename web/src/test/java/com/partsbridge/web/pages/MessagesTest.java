package com.partsbridge.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.web.api.problem.Failures;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aPageShowsTheSameReasonTheApiGives() {
        assertEquals(
                "The serial is malformed",
                Messages.text(Failures.classify(new InvalidInputException("serial", "the serial is malformed"))));
    }

    @Test
    void aConcurrentChangeOnAPageSaysSo() {
        assertEquals(
                "Someone else changed this at the same time; reload and try again",
                Messages.text(Failures.classify(new EJBException(new OptimisticLockException()))));
    }

    @Test
    void aFaultOfOursOnAPageQuotesTheIncident() {
        var failure = Failures.classify(new EJBException(new NullPointerException()));

        assertEquals("Something went wrong on our side; quote incident " + failure.incident(), Messages.text(failure));
    }
}

package com.partsbridge.rma.casework.control;

import com.partsbridge.rma.casework.entity.CaseLetter;
import com.partsbridge.rma.casework.entity.CustomerCase;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes what we mail about a case into the outbox, in the transaction that changes the case, once per
 * occurrence (the key names the case and the step, so a climb retried by another node is not mailed twice).
 */
@Dependent
public class CaseLetters {

    /** Mail has no reader's zone: deadlines are given in UTC, and the case page shows them in theirs. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    CaseStaff staff;

    public void acknowledge(CustomerCase c, Instant at) {
        write(
                c,
                "ack",
                "We have your message (case " + c.id() + ")",
                """
                Dear %s,

                thank you for writing to us. Your message is case %d and it is in the hands of %s, who will \
                answer you by %s. If nobody has by then, it goes up to the next person in charge and we tell \
                you who has it.

                What you wrote:
                %s
                """.formatted(
                                c.writerName(),
                                c.id(),
                                staff.name(c.owner()),
                                WHEN.format(c.deadline()),
                                c.messages().get(0).body()),
                at);
    }

    /** The writer wrote again after our answer: who has it now and by when they answer again. */
    public void reopened(CustomerCase c, Instant at) {
        write(
                c,
                "reopened",
                "We have your reply (case " + c.id() + ")",
                """
                Dear %s,

                thank you for your reply. Case %d is open again and in the hands of %s, who will answer you by \
                %s. If nobody has by then, it goes up to the next person in charge and we tell you who has it.

                What you wrote:
                %s
                """.formatted(
                                c.writerName(),
                                c.id(),
                                staff.name(c.owner()),
                                WHEN.format(c.deadline()),
                                c.messages().get(c.messages().size() - 1).body()),
                at);
    }

    public void climbed(CustomerCase c, Instant at) {
        write(
                c,
                "climb-" + c.step(),
                "Your message is now with " + staff.name(c.owner()) + " (case " + c.id() + ")",
                """
                Dear %s,

                we did not answer your message (case %d) in the time we promised. That is our fault. It is now \
                with %s, who will answer you by %s.
                """.formatted(c.writerName(), c.id(), staff.name(c.owner()), WHEN.format(c.deadline())),
                at);
    }

    public void answered(CustomerCase c, String signedAs, String answer, Instant at) {
        write(
                c,
                "answer",
                "Our answer to your message (case " + c.id() + ")",
                """
                Dear %s,

                %s

                %s
                """.formatted(c.writerName(), answer, signedAs),
                at);
    }

    /** Once per occurrence of each round: the first round's keys are as they were before writers could reply. */
    private void write(CustomerCase c, String occurrence, String subject, String body, Instant at) {
        String key = "case-" + c.id() + "-" + occurrence + (c.round() == 1 ? "" : "-r" + c.round());
        boolean exists = !em.createQuery("select l.id from CaseLetter l where l.occurrenceKey = :key", Long.class)
                .setParameter("key", key)
                .getResultList()
                .isEmpty();
        if (!exists) {
            em.persist(new CaseLetter(key, c.id(), c.email(), subject, body, at));
        }
    }
}

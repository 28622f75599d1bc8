package com.partsbridge.rma.casework.control;

import com.partsbridge.kernel.RuleViolationException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits on the public form, counted from the cases stored in the last hour (so they hold across nodes and
 * restarts): a few letters per e-mail address, a few more per sending address. A bot that fills the hidden
 * field is refused before anything is counted or stored.
 */
@Dependent
public class SpamLimits {

    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "partsbridge.cases.public.per-email-per-hour", defaultValue = "3")
    int perEmail;

    @Inject
    @ConfigProperty(name = "partsbridge.cases.public.per-address-per-hour", defaultValue = "10")
    int perAddress;

    public void check(String email, String origin, String honeypot, Instant now) {
        if (honeypot != null && !honeypot.isBlank()) {
            throw new RuleViolationException("letter-refused", "we could not take this message");
        }
        Instant since = now.minus(WINDOW);
        long fromEmail = em.createQuery(
                        "select count(c) from CustomerCase c where c.email = :email and c.createdAt > :since",
                        Long.class)
                .setParameter("email", email.trim().toLowerCase())
                .setParameter("since", since)
                .getSingleResult();
        if (fromEmail >= perEmail) {
            throw new RuleViolationException(
                    "too-many-letters",
                    "we already have " + fromEmail + " messages from this e-mail address in the last hour;"
                            + " we will answer those first");
        }
        if (origin != null) {
            long fromOrigin = em.createQuery(
                            "select count(c) from CustomerCase c where c.origin = :origin and c.createdAt > :since",
                            Long.class)
                    .setParameter("origin", origin)
                    .setParameter("since", since)
                    .getSingleResult();
            if (fromOrigin >= perAddress) {
                throw new RuleViolationException(
                        "too-many-letters", "too many messages from your network in the last hour; try again later");
            }
        }
    }
}

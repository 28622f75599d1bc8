package com.partsbridge.rma.mail.control;

import com.partsbridge.rma.mail.entity.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mails of an outbox table (recovery notices, case letters), each in a transaction of its own. A node
 * first claims a mail with a conditional update, so that several nodes sending at once never mail it twice. A
 * failed send counts an attempt and keeps the claim until it goes stale, so the mail is tried again every
 * {@link #CLAIM_TIMEOUT} until the mail server takes it: nothing is given up on.
 */
@Stateless
public class MailOutbox {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Inject
    Clock clock;

    /** The ids of mails of this kind waiting to be sent (or whose claim went stale), oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pending(Class<? extends OutgoingMail> kind, int limit) {
        return em.createQuery(
                        "select m.id from " + entity(kind) + " m where m.sentAt is null"
                                + " and (m.claimedAt is null or m.claimedAt < :stale) order by m.createdAt",
                        Long.class)
                .setParameter("stale", Instant.now(clock).minus(CLAIM_TIMEOUT))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims one mail and sends it; false if another node had it or the mail server refused. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(Class<? extends OutgoingMail> kind, long id) {
        Instant now = Instant.now(clock);
        int claimed = em.createQuery("update " + entity(kind) + " m set m.claimedAt = :now where m.id = :id"
                        + " and m.sentAt is null and (m.claimedAt is null or m.claimedAt < :stale)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("stale", now.minus(CLAIM_TIMEOUT))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        OutgoingMail outgoing = em.find(kind, id);
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(outgoing.email()));
            message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
            message.setText(outgoing.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
            outgoing.sent(Instant.now(clock));
            return true;
        } catch (MessagingException e) {
            outgoing.failedToSend();
            LOG.log(
                    Level.WARNING,
                    entity(kind) + " " + id + " not sent yet (attempt " + outgoing.attempts() + "): " + e.getMessage());
            return false;
        }
    }

    private String entity(Class<? extends OutgoingMail> kind) {
        return em.getMetamodel().entity(kind).getName();
    }
}

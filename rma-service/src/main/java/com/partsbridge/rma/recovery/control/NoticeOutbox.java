package com.partsbridge.rma.recovery.control;

import com.partsbridge.rma.recovery.entity.Notice;
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
 * Sends recorded notices by mail, each in a transaction of its own. A node first claims a notice with a
 * conditional update, so that several nodes sending at once never mail it twice. A failed send counts an
 * attempt and keeps the claim until it goes stale, so the notice is tried again every {@link #CLAIM_TIMEOUT}
 * until the mail server takes it: nothing is given up on.
 */
@Stateless
public class NoticeOutbox {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(NoticeOutbox.class.getName());

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pending(int limit) {
        return em.createQuery("""
                        select n.id from Notice n
                        where n.sentAt is null and (n.claimedAt is null or n.claimedAt < :stale)
                        order by n.createdAt""", Long.class)
                .setParameter("stale", Instant.now(clock).minus(CLAIM_TIMEOUT))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims one notice and mails it; false if another node had it or the mail server refused. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long noticeId) {
        Instant now = Instant.now(clock);
        int claimed = em.createQuery("""
                        update Notice n set n.claimedAt = :now
                        where n.id = :id and n.sentAt is null and (n.claimedAt is null or n.claimedAt < :stale)""")
                .setParameter("now", now)
                .setParameter("id", noticeId)
                .setParameter("stale", now.minus(CLAIM_TIMEOUT))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Notice notice = em.find(Notice.class, noticeId);
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(notice.email()));
            message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
            message.setText(notice.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
            notice.sent(Instant.now(clock));
            return true;
        } catch (MessagingException e) {
            notice.failedToSend();
            LOG.log(
                    Level.WARNING,
                    "notice " + noticeId + " not sent yet (attempt " + notice.attempts() + "): " + e.getMessage());
            return false;
        }
    }
}

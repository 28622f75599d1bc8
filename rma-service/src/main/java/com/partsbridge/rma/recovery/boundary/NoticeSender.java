package com.partsbridge.rma.recovery.boundary;

import com.partsbridge.rma.mail.control.MailOutbox;
import com.partsbridge.rma.recovery.entity.Notice;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every few seconds, mails the notices recorded since; a notice is never lost to a mail server that is down.
 * A timer is an entry point, so it is a boundary.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeSender {

    @Inject
    MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void sendPending() {
        for (Long id : outbox.pending(Notice.class, 50)) {
            outbox.send(Notice.class, id);
        }
    }
}

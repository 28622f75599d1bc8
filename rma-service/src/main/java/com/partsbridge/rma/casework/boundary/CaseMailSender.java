package com.partsbridge.rma.casework.boundary;

import com.partsbridge.rma.casework.entity.CaseLetter;
import com.partsbridge.rma.mail.control.MailOutbox;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every few seconds, mails the case letters recorded since; a letter is never lost to a mail server that is down. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseMailSender {

    @Inject
    MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void sendPending() {
        for (Long id : outbox.pending(CaseLetter.class, 50)) {
            outbox.send(CaseLetter.class, id);
        }
    }
}

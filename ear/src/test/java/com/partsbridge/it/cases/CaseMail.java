package com.partsbridge.it.cases;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;

/** Reads the letters the server mailed to the test's SMTP server. */
final class CaseMail {

    private final GreenMailExtension smtp;

    CaseMail(GreenMailExtension smtp) {
        this.smtp = smtp;
    }

    /** The first mail with this subject, waiting up to 30 s for the outbox to send it. */
    MimeMessage await(String subject) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (subject.equals(subject(m))) {
                    return m;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail '" + subject + "' within 30 s; got "
                + Arrays.stream(smtp.getReceivedMessages())
                        .map(CaseMail::subject)
                        .toList());
    }

    long count(String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject.equals(subject(m)))
                .count();
    }

    static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replaceAll("=\r?\n", "").replaceAll("\\s+", " ");
    }

    static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }
}

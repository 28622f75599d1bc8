package com.partsbridge.rma.recovery.boundary;

import com.partsbridge.rma.recovery.entity.Concession;
import com.partsbridge.rma.recovery.entity.FaultKind;
import com.partsbridge.rma.recovery.entity.Notice;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A notice as the customer (and staff) see it, with what was granted. */
public record NoticeView(
        long id,
        String customer,
        FaultKind kind,
        String caseRef,
        String subject,
        String body,
        Instant createdAt,
        boolean mailed,
        List<Grant> concessions)
        implements Serializable {

    public record Grant(String kind, BigDecimal amount, String currency) implements Serializable {

        static Grant of(Concession c) {
            return new Grant(c.kind().name(), c.value().amount(), c.value().currency());
        }
    }

    public static NoticeView of(Notice n) {
        return new NoticeView(
                n.id(),
                n.customer(),
                n.kind(),
                n.caseRef(),
                n.subject(),
                n.body(),
                n.createdAt(),
                n.sentAt().isPresent(),
                n.concessions().stream().map(Grant::of).toList());
    }
}

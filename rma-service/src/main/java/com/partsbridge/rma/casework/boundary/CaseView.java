package com.partsbridge.rma.casework.boundary;

import com.partsbridge.rma.casework.control.CaseStaff;
import com.partsbridge.rma.casework.entity.CaseEventKind;
import com.partsbridge.rma.casework.entity.CaseStatus;
import com.partsbridge.rma.casework.entity.CustomerCase;
import com.partsbridge.rma.casework.entity.LadderStep;
import com.partsbridge.rma.casework.entity.Topic;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A case as its writer or its owner sees it: who has it now and by when they answer, the thread, and how it
 * got there. A customer's view leaves out the staff's hand-downs (the owner stays named on the answer).
 */
public record CaseView(
        long id,
        Topic topic,
        CaseStatus status,
        LadderStep step,
        String owner,
        String ownerName,
        String handedDownTo,
        Instant deadline,
        Instant createdAt,
        Instant answeredAt,
        String writerName,
        String rmaNumber,
        Long unitId,
        List<Message> messages,
        List<Event> history)
        implements Serializable {

    public record Message(String author, boolean fromCustomer, String body, Instant at) implements Serializable {}

    public record Event(CaseEventKind kind, String ownerName, String note, Instant at) implements Serializable {}

    static CaseView of(CustomerCase c, CaseStaff staff, boolean forStaff) {
        return new CaseView(
                c.id(),
                c.topic(),
                c.status(),
                c.step(),
                c.owner(),
                staff.name(c.owner()),
                forStaff ? c.delegate().orElse(null) : null,
                c.deadline(),
                c.createdAt(),
                c.answeredAt().orElse(null),
                c.writerName(),
                c.rmaNumber(),
                c.unitId(),
                c.messages().stream()
                        .map(m -> new Message(m.authorName(), m.fromCustomer(), m.body(), m.writtenAt()))
                        .toList(),
                c.events().stream()
                        .filter(e -> forStaff || e.kind() != CaseEventKind.HANDED_DOWN)
                        .map(e -> new Event(e.kind(), staff.name(e.owner()), forStaff ? e.note() : null, e.at()))
                        .toList());
    }
}

package com.partsbridge.rma.casework.entity;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A message someone wrote to us, and everything that followed: always a named owner and a reply deadline
 * while it is open. Every change of hands is a method that records itself in the audit trail.
 */
@Entity
@Table(name = "cs_case")
public class CustomerCase {

    @Id
    @SequenceGenerator(name = "cs_case_seq", sequenceName = "cs_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_case_seq")
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LadderStep step;

    @Column(name = "customer_username", length = 60)
    private String customer;

    @Column(name = "writer_name", nullable = false, length = 120)
    private String writerName;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(name = "rma_number", length = 40)
    private String rmaNumber;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(length = 60)
    private String delegate;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(length = 64)
    private String origin;

    @OneToMany(mappedBy = "customerCase", cascade = CascadeType.ALL)
    @OrderBy("writtenAt, id")
    private List<CaseMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "customerCase", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<CaseEvent> events = new ArrayList<>();

    protected CustomerCase() {
        // for JPA
    }

    /** A new case in the hands of {@code owner} at {@code step}, the writer's message first in its thread. */
    public CustomerCase(
            Topic topic,
            Writer writer,
            String message,
            String rmaNumber,
            Long unitId,
            LadderStep step,
            String owner,
            Instant deadline,
            Instant at) {
        this.topic = topic;
        this.status = CaseStatus.OPEN;
        this.step = step;
        this.customer = writer.username();
        this.writerName = writer.name();
        this.email = writer.email();
        this.origin = writer.origin();
        this.rmaNumber = rmaNumber;
        this.unitId = unitId;
        this.owner = owner;
        this.deadline = deadline;
        this.createdAt = at;
        messages.add(new CaseMessage(this, writer.username(), writer.name(), true, message, at));
        record(CaseEventKind.OPENED, writer.username() == null ? writer.email() : writer.username(), null, at);
    }

    /** The next rung of the ladder takes the case, with a new deadline; refused once it is answered. */
    public void climb(LadderStep to, String newOwner, Instant newDeadline, Instant at) {
        requireOpen();
        if (to.ordinal() <= step.ordinal()) {
            throw new ConflictException("case-not-climbing", "case " + id + " is already with " + step);
        }
        String from = owner;
        this.step = to;
        this.owner = newOwner;
        this.delegate = null;
        this.deadline = newDeadline;
        record(CaseEventKind.CLIMBED, "ladder", "unanswered by its deadline; was with " + from, at);
    }

    /** The owner asks someone to prepare the answer; the owner stays named on it and keeps the case. */
    public void handDown(String by, String to, String note, Instant at) {
        requireOpen();
        requireOwner(by);
        this.delegate = to;
        record(CaseEventKind.HANDED_DOWN, by, "handed down to " + to + (note == null ? "" : ": " + note), at);
    }

    /** The owner, or the one they handed it to, answers: the case is done. */
    public CaseMessage answer(String by, String signedAs, String body, Instant at) {
        requireOpen();
        if (!isFor(by)) {
            throw new NotFoundException("case-not-found", "no case " + id + " in your inbox");
        }
        CaseMessage answer = new CaseMessage(this, by, signedAs, false, body, at);
        messages.add(answer);
        this.status = CaseStatus.ANSWERED;
        this.answeredAt = at;
        record(CaseEventKind.ANSWERED, by, null, at);
        return answer;
    }

    /**
     * The writer writes again. To a case we answered, it opens again with its owner (who answered it, or in whose
     * name a colleague did; a hand-down ends with the answer), with {@code deadlineIfReopened}; the ladder climbs
     * from there as before. To a case still open, the message joins the thread and the deadline stands: we still
     * owe the first answer.
     *
     * @return true when the case opened again
     */
    public boolean writeAgain(String body, Instant deadlineIfReopened, Instant at) {
        messages.add(new CaseMessage(this, customer, writerName, true, body, at));
        if (status == CaseStatus.OPEN) {
            record(CaseEventKind.WROTE_AGAIN, customer, null, at);
            return false;
        }
        this.status = CaseStatus.OPEN;
        this.deadline = deadlineIfReopened;
        this.answeredAt = null;
        this.delegate = null;
        record(CaseEventKind.REOPENED, customer, null, at);
        return true;
    }

    /**
     * How many messages the writer has sent: 1 until they write again. What we mail about a later round (its
     * acknowledgement, climbs and answer) is keyed by it, so each round is mailed once, as the first is.
     */
    public int round() {
        return (int) messages.stream().filter(CaseMessage::fromCustomer).count();
    }

    /** Whether this case is in {@code staff}'s inbox: theirs, or handed down to them. */
    public boolean isFor(String staff) {
        return owner.equals(staff) || staff.equals(delegate);
    }

    public boolean isOverdue(Instant now) {
        return status == CaseStatus.OPEN && deadline.isBefore(now);
    }

    private void requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw new ConflictException("case-answered", "case " + id + " has already been answered");
        }
    }

    private void requireOwner(String staff) {
        if (!owner.equals(staff)) {
            throw new NotFoundException("case-not-found", "no case " + id + " in your inbox");
        }
    }

    private void record(CaseEventKind kind, String actor, String note, Instant at) {
        events.add(new CaseEvent(this, kind, actor, owner, note, at));
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Topic topic() {
        return topic;
    }

    public CaseStatus status() {
        return status;
    }

    public LadderStep step() {
        return step;
    }

    public Optional<String> customer() {
        return Optional.ofNullable(customer);
    }

    public String writerName() {
        return writerName;
    }

    public String email() {
        return email;
    }

    public String rmaNumber() {
        return rmaNumber;
    }

    public Long unitId() {
        return unitId;
    }

    public String owner() {
        return owner;
    }

    public Optional<String> delegate() {
        return Optional.ofNullable(delegate);
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public List<CaseMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Who wrote: a signed-in customer (username) or someone from the public form (origin: their address). */
    public record Writer(String username, String name, String email, String origin) {}
}

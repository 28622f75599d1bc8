package com.partsbridge.rma.casework.boundary;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.casework.control.CaseLetters;
import com.partsbridge.rma.casework.control.CaseStaff;
import com.partsbridge.rma.casework.control.SpamLimits;
import com.partsbridge.rma.casework.entity.CaseStatus;
import com.partsbridge.rma.casework.entity.CustomerCase;
import com.partsbridge.rma.casework.entity.LadderStep;
import com.partsbridge.rma.casework.entity.Topic;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.customer.entity.Customer;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Write to us: each message becomes a case with a named owner and a reply deadline, stored with its
 * acknowledgement letter in one transaction before anyone is told it arrived. Owners answer from their inbox.
 */
@Stateless
public class Casework {

    static final String NOT_FOUND = "case-not-found";

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    CaseStaff staff;

    @Inject
    CaseLetters letters;

    @Inject
    SpamLimits spam;

    @Inject
    Units units;

    @Inject
    RmaQueries rmas;

    @Inject
    Clock clock;

    /** A signed-in customer's message; an RMA or unit it names must be their own. */
    public CaseView write(String username, @Valid @NotNull(message = "a message is required") NewCase letter) {
        Customer customer = units.customer(username);
        String rmaNumber = blankToNull(letter.rmaNumber());
        if (rmaNumber != null) {
            try {
                rmaNumber =
                        rmas.ownRma(rmaNumber.trim().toUpperCase(), username).number();
            } catch (NotFoundException e) {
                throw new InvalidInputException("rmaNumber", "you have no RMA " + rmaNumber.trim());
            }
        }
        if (letter.unitId() != null) {
            try {
                units.ownedBy(username, letter.unitId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("unitId", "you have no registered unit " + letter.unitId());
            }
        }
        return open(
                letter.topic(),
                new CustomerCase.Writer(customer.username(), customer.displayName(), customer.email(), null),
                letter.message(),
                rmaNumber,
                letter.unitId());
    }

    /** A message from the public form, within the spam limits. */
    public CaseView writePublic(@Valid @NotNull(message = "a message is required") PublicLetter letter, String origin) {
        Instant now = Instant.now(clock);
        String email = letter.email().trim().toLowerCase();
        spam.check(email, origin, letter.website(), now);
        return open(
                letter.topic(),
                new CustomerCase.Writer(null, letter.name().trim(), email, origin),
                letter.message(),
                null,
                null);
    }

    public Page<CaseView> mine(String username, PageRequest page) {
        List<CustomerCase> items = em.createQuery(
                        "select c from CustomerCase c where c.customer = :who order by c.createdAt desc, c.id desc",
                        CustomerCase.class)
                .setParameter("who", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(c) from CustomerCase c where c.customer = :who", Long.class)
                .setParameter("who", username)
                .getSingleResult();
        return Page.of(items, page, total).map(c -> CaseView.of(c, staff, false));
    }

    /** One of the customer's own cases; another's is as unknown as a missing one. */
    public CaseView mine(String username, long id) {
        return CaseView.of(own(username, id), staff, false);
    }

    private CustomerCase own(String username, long id) {
        CustomerCase c = em.find(CustomerCase.class, id);
        if (c == null || !c.customer().map(username::equals).orElse(false)) {
            throw new NotFoundException(NOT_FOUND, "you have no case " + id);
        }
        return c;
    }

    /**
     * The customer writes again on one of their cases: after our answer it opens again with its owner and a new
     * deadline, acknowledged by mail at once (and marketing waits again until we answer); before
     * it, the message joins the thread. Nothing they write is lost: it is stored with the case.
     */
    public CaseView writeAgain(
            String username, long id, @Valid @NotNull(message = "a message is required") CaseReply reply) {
        CustomerCase c = own(username, id);
        Instant now = Instant.now(clock);
        if (c.writeAgain(reply.message().trim(), staff.deadline(c.topic(), c.step(), now), now)) {
            letters.reopened(c, now);
        }
        return CaseView.of(c, staff, false);
    }

    /** The open cases a member of staff holds or was handed, the one due first at the top. */
    public Page<CaseView> inbox(String staffMember, PageRequest page) {
        List<CustomerCase> items = em.createQuery("""
                        select c from CustomerCase c
                        where c.status = :open and (c.owner = :me or c.delegate = :me)
                        order by c.deadline, c.id""", CustomerCase.class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("me", staffMember)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery(
                        "select count(c) from CustomerCase c where c.status = :open and (c.owner = :me or c.delegate = :me)",
                        Long.class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("me", staffMember)
                .getSingleResult();
        return Page.of(items, page, total).map(c -> CaseView.of(c, staff, true));
    }

    /** A case this member of staff holds or was handed; anything else is a 404. */
    public CaseView inboxCase(String staffMember, long id) {
        return CaseView.of(held(staffMember, id), staff, true);
    }

    /**
     * The answer goes to the writer by mail and on their page, and the case is done. A case handed down is
     * answered by the colleague in the owner's name: the owner stays named on it.
     */
    public CaseView answer(
            String staffMember, long id, @Valid @NotNull(message = "an answer is required") Answer answer) {
        CustomerCase c = held(staffMember, id);
        Instant now = Instant.now(clock);
        String signedAs = c.owner().equals(staffMember)
                ? staff.name(staffMember)
                : staff.name(c.owner()) + " (prepared by " + staff.name(staffMember) + ")";
        c.answer(staffMember, signedAs, answer.message().trim(), now);
        letters.answered(c, signedAs, answer.message().trim(), now);
        return CaseView.of(c, staff, true);
    }

    /** The owner asks a colleague to prepare the answer, and stays its owner. */
    public CaseView handDown(String owner, long id, @Valid @NotNull(message = "name the colleague") HandDown handDown) {
        String to = handDown.to().trim();
        if (!staff.isStaff(to) || to.equals(owner)) {
            throw new InvalidInputException("to", "hand the case to one of your colleagues: " + staff.staff());
        }
        CustomerCase c = held(owner, id);
        c.handDown(owner, to, blankToNull(handDown.note()), Instant.now(clock));
        return CaseView.of(c, staff, true);
    }

    /** Whether this customer has a case we have not answered yet (marketing waits until we have). */
    public boolean hasOpenCase(String username) {
        return !em.createQuery(
                        "select c.id from CustomerCase c where c.customer = :who and c.status = :open", Long.class)
                .setParameter("who", username)
                .setParameter("open", CaseStatus.OPEN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Everyone a case may be handed to. */
    public List<StaffMember> staff() {
        return staff.staff().stream()
                .map(s -> new StaffMember(s, staff.name(s)))
                .toList();
    }

    private CaseView open(Topic topic, CustomerCase.Writer writer, String message, String rmaNumber, Long unitId) {
        Instant now = Instant.now(clock);
        LadderStep step = staff.firstStep(topic);
        String owner = staff.rota(topic).pick(openCasesOf(staff.rota(topic).members()));
        CustomerCase c = new CustomerCase(
                topic, writer, message.trim(), rmaNumber, unitId, step, owner, staff.deadline(topic, now), now);
        em.persist(c);
        em.flush(); // the id names the case in the acknowledgement
        letters.acknowledge(c, now);
        return CaseView.of(c, staff, false);
    }

    private Map<String, Long> openCasesOf(List<String> members) {
        Map<String, Long> loads = new HashMap<>();
        em.createQuery("""
                        select c.owner, count(c) from CustomerCase c
                        where c.status = :open and c.owner in :members group by c.owner""", Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("members", members)
                .getResultList()
                .forEach(row -> loads.put((String) row[0], (Long) row[1]));
        return loads;
    }

    private CustomerCase held(String staffMember, long id) {
        CustomerCase c = em.find(CustomerCase.class, id);
        if (c == null || !c.isFor(staffMember)) { // answered twice: the entity says 409
            throw new NotFoundException(NOT_FOUND, "no case " + id + " in your inbox");
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package com.partsbridge.rma.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCaseTest {

    private final Instant at = Instant.parse("2026-11-25T10:00:00Z");

    private CustomerCase letterToLeadership() {
        return new CustomerCase(
                Topic.LEADERSHIP,
                new CustomerCase.Writer("alice", "Alice", "alice@example.com", null),
                "Nobody answers me",
                null,
                null,
                LadderStep.EXECUTIVE,
                "victor",
                at.plusSeconds(8 * 3600),
                at);
    }

    @Test
    void aHandedDownCaseStaysTheOwnersAndReachesTheColleaguesInbox() {
        CustomerCase c = letterToLeadership();
        c.handDown("victor", "rita", "please prepare", at.plusSeconds(60));

        assertEquals("victor", c.owner());
        assertTrue(c.isFor("rita"));
        assertTrue(c.isFor("victor"));
        c.answer("rita", "Victor Hale (prepared by Rita)", "Sorted", at.plusSeconds(120));
        assertEquals(CaseStatus.ANSWERED, c.status());
        assertEquals("victor", c.owner());
    }

    @Test
    void onlyTheOwnerHandsDownAndOnlyTheirsAnswer() {
        CustomerCase c = letterToLeadership();
        assertThrows(NotFoundException.class, () -> c.handDown("rita", "lena", null, at));
        assertThrows(NotFoundException.class, () -> c.answer("lena", "Lena", "x", at));
    }

    @Test
    void anAnsweredCaseTakesNoSecondAnswerAndNoClimb() {
        CustomerCase c = letterToLeadership();
        c.answer("victor", "Victor", "Done", at);
        assertThrows(ConflictException.class, () -> c.answer("victor", "Victor", "Again", at));
        assertThrows(ConflictException.class, () -> c.climb(LadderStep.EXECUTIVE, "victor", at, at));
    }

    @Test
    void everyChangeOfHandsIsInTheAuditTrail() {
        CustomerCase c = new CustomerCase(
                Topic.PARTS,
                new CustomerCase.Writer("bob", "Bob", "bob@example.com", null),
                "Where is my door?",
                null,
                null,
                LadderStep.OWNER,
                "rita",
                at,
                at);
        c.climb(LadderStep.TEAM_LEAD, "lena", at.plusSeconds(3600), at.plusSeconds(1));
        assertThrows(ConflictException.class, () -> c.climb(LadderStep.TEAM_LEAD, "lena", at, at), "climbs once");
        c.climb(LadderStep.EXECUTIVE, "victor", at.plusSeconds(7200), at.plusSeconds(2));

        assertEquals(
                List.of(CaseEventKind.OPENED, CaseEventKind.CLIMBED, CaseEventKind.CLIMBED),
                c.events().stream().map(CaseEvent::kind).toList());
        assertEquals(
                List.of("rita", "lena", "victor"),
                c.events().stream().map(CaseEvent::owner).toList());
    }

    @Test
    void writingAgainBeforeOurAnswerJoinsTheThreadAndKeepsTheDeadline() {
        CustomerCase c = letterToLeadership();
        Instant deadline = c.deadline();

        boolean reopened = c.writeAgain("And the door too", at.plusSeconds(99_999), at.plusSeconds(60));

        assertEquals(false, reopened);
        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals(deadline, c.deadline());
        assertEquals(2, c.round());
        assertEquals(
                CaseEventKind.WROTE_AGAIN, c.events().get(c.events().size() - 1).kind());
    }

    @Test
    void aReplyToOurAnswerOpensTheCaseAgainWithWhoeverHoldsItAndANewDeadline() {
        CustomerCase c = letterToLeadership();
        c.handDown("victor", "rita", null, at.plusSeconds(60));
        c.answer("rita", "Victor Hale (prepared by Rita)", "Sorted", at.plusSeconds(120));
        Instant newDeadline = at.plusSeconds(10 * 3600);

        boolean reopened = c.writeAgain("It is not sorted", newDeadline, at.plusSeconds(3600));

        assertTrue(reopened);
        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals("victor", c.owner());
        assertTrue(c.delegate().isEmpty(), "the owner answers this round unless they hand it down again");
        assertEquals(newDeadline, c.deadline());
        assertTrue(c.answeredAt().isEmpty());
        assertEquals(2, c.round());
        assertEquals(
                CaseEventKind.REOPENED, c.events().get(c.events().size() - 1).kind());
        c.answer("victor", "Victor Hale", "Now it is", at.plusSeconds(7200));
        assertEquals(CaseStatus.ANSWERED, c.status(), "answered again");
    }
}

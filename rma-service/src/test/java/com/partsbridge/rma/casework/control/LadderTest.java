package com.partsbridge.rma.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.rma.casework.entity.LadderStep;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LadderTest {

    private final Ladder ladder = new Ladder("lena", Duration.ofHours(24), "victor", Duration.ofHours(8));
    private final Instant deadline = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aCaseAnsweredInTimeStaysWhereItIs() {
        assertTrue(ladder.next(LadderStep.OWNER, deadline, deadline).isEmpty(), "at the deadline it is not late yet");
        assertTrue(ladder.next(LadderStep.OWNER, deadline, deadline.minusSeconds(60))
                .isEmpty());
    }

    @Test
    void anOverdueCaseGoesFromItsOwnerToTheTeamLeadWithANewDeadline() {
        Instant now = deadline.plusSeconds(60);
        Ladder.Rung rung = ladder.next(LadderStep.OWNER, deadline, now).orElseThrow();
        assertEquals(new Ladder.Rung(LadderStep.TEAM_LEAD, "lena", now.plus(Duration.ofHours(24))), rung);
    }

    @Test
    void fromTheTeamLeadItGoesToTheExecutive() {
        Instant now = deadline.plusSeconds(3600);
        Ladder.Rung rung = ladder.next(LadderStep.TEAM_LEAD, deadline, now).orElseThrow();
        assertEquals(new Ladder.Rung(LadderStep.EXECUTIVE, "victor", now.plus(Duration.ofHours(8))), rung);
    }

    @Test
    void theExecutiveIsTheTopRung() {
        assertTrue(ladder.next(LadderStep.EXECUTIVE, deadline, deadline.plusSeconds(86_400))
                .isEmpty());
    }
}

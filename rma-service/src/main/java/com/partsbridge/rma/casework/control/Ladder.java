package com.partsbridge.rma.casework.control;

import com.partsbridge.rma.casework.entity.LadderStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The escalation ladder: a case unanswered by its deadline goes from its owner to the team lead, then to
 * the named executive, each with a new deadline counted from the climb. The executive is the top rung.
 */
public record Ladder(String teamLead, Duration teamLeadTime, String executive, Duration executiveTime) {

    /** Where a case goes when it is overdue now, or empty if it is not overdue or already at the top. */
    public Optional<Rung> next(LadderStep current, Instant deadline, Instant now) {
        if (!deadline.isBefore(now)) {
            return Optional.empty();
        }
        return switch (current) {
            case OWNER -> Optional.of(new Rung(LadderStep.TEAM_LEAD, teamLead, now.plus(teamLeadTime)));
            case TEAM_LEAD -> Optional.of(new Rung(LadderStep.EXECUTIVE, executive, now.plus(executiveTime)));
            case EXECUTIVE -> Optional.empty();
        };
    }

    /** A step on the ladder with the person who holds it and the deadline that comes with it. */
    public record Rung(LadderStep step, String owner, Instant deadline) {}
}

package com.partsbridge.rma.casework.boundary;

import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.rma.casework.control.CaseClimber;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The escalation ladder: every overdue open case climbs one rung (owner, team lead, executive), each case in
 * a transaction of its own. Run by {@link CaseLadderWatch}; system tests run it "as of" a later time instead
 * of waiting a day, which only a server started with {@code partsbridge.test-controls=true} allows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseLadder {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(CaseLadder.class.getName());

    @Inject
    CaseClimber climber;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "partsbridge.test-controls", defaultValue = "false")
    boolean clockControl;

    /** How many cases climbed now. */
    public int climbOverdue() {
        return climbAsOf(Instant.now(clock));
    }

    /** The ladder as if it were {@code asOf}; not found unless the server allows a controlled clock. */
    public int climbOverdue(@Valid @NotNull(message = "asOf is required") LadderRun run) {
        if (!clockControl) {
            throw new NotFoundException("not-found", "there is nothing at this address");
        }
        return climbAsOf(run.asOf());
    }

    /** Batch after batch until none is overdue: a climbed case has a deadline after {@code now}. */
    private int climbAsOf(Instant now) {
        int climbed = 0;
        while (true) {
            int inBatch = 0;
            for (Long id : climber.overdue(now, BATCH)) {
                try {
                    if (climber.climb(id, now)) {
                        inBatch++;
                    }
                } catch (RuntimeException e) { // e.g. answered on another node meanwhile: the others go on
                    LOG.log(Level.WARNING, "case " + id + " did not climb now: " + e.getMessage());
                }
            }
            climbed += inBatch;
            if (inBatch == 0) {
                return climbed;
            }
        }
    }
}

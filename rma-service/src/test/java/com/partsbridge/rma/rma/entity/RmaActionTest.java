package com.partsbridge.rma.rma.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RmaActionTest {

    static final Instant NOW = RmaTest.NOW;

    @Test
    void aRequestCanBeVerifiedRejectedOrCancelled() {
        assertEquals(List.of(RmaAction.VERIFY, RmaAction.REJECT, RmaAction.CANCEL), RmaAction.in(RmaState.REQUESTED));
    }

    @Test
    void anApprovedRequestShipsIsSettledInMoneyOrIsCancelledButIsNotReportedLost() {
        assertEquals(List.of(RmaAction.SHIP, RmaAction.SETTLE, RmaAction.CANCEL), RmaAction.in(RmaState.APPROVED));
    }

    @Test
    void aShippedPartIsDeliveredOrReportedLostOrWrongButNotApprovedAgain() {
        assertEquals(
                List.of(RmaAction.DELIVER, RmaAction.REPORT_LOST, RmaAction.REPORT_WRONG_DELIVERY),
                RmaAction.in(RmaState.SHIPPED));
    }

    @Test
    void aDeliveredPartIsClosedOrReportedAsAFailedDelivery() {
        assertEquals(
                List.of(RmaAction.REPORT_LOST, RmaAction.REPORT_WRONG_DELIVERY, RmaAction.CLOSE),
                RmaAction.in(RmaState.DELIVERED));
        assertEquals(
                List.of(RmaAction.RECEIVE_RETURN, RmaAction.SETTLE_UNRETURNED), RmaAction.in(RmaState.RETURN_EXPECTED));
        assertEquals(
                List.of(RmaAction.RECEIVE_RETURN),
                RmaAction.byPeopleIn(RmaState.RETURN_EXPECTED),
                "settling an unreturned part is the timer's, not a person's");
    }

    @Test
    void aFinishedRmaAllowsNothing() {
        for (RmaState end : List.of(RmaState.CLOSED, RmaState.REJECTED, RmaState.CANCELLED)) {
            assertTrue(RmaAction.in(end).isEmpty(), end::name);
        }
    }

    @Test
    void everyAllowedActionIsALegalMove() {
        for (RmaState state : RmaState.values()) {
            for (RmaAction action : RmaAction.in(state)) {
                assertTrue(state.canMoveTo(action.target()), state + " " + action);
            }
        }
    }

    @Test
    void aShippedRmaCannotBeApprovedAgain() {
        Rma rma = RmaTest.requested();
        rma.verify("rita", null, NOW);
        rma.approve("rita", false, null, NOW);
        rma.ship("rita", null, NOW);

        var refused = assertThrows(ConflictException.class, () -> rma.approve("rita", false, null, NOW));
        assertEquals("illegal-transition", refused.code());
        assertEquals(RmaState.SHIPPED, rma.state());
    }

    @Test
    void anUnshippedRmaCannotBeReportedAsAWrongDelivery() {
        Rma rma = RmaTest.requested();
        rma.verify("rita", null, NOW);

        assertThrows(ConflictException.class, () -> rma.reportWrongDelivery("alice", "got a hinge", NOW));
        assertEquals(RmaState.VERIFIED, rma.state());
    }

    @Test
    void aStaleVersionNamesWhoChangedItLast() {
        Rma rma = RmaTest.requested();
        rma.verify("rita", null, NOW);

        var refused = assertThrows(ConflictException.class, () -> rma.requireVersion(7L));
        assertTrue(refused.getMessage().contains("changed by rita"), refused.getMessage());
    }

    @Test
    void isOverdueWhenUnshippedAfterThePromisedDayOrPastTheEscalationDeadline() {
        Rma rma = RmaTest.requested(); // promised by 2026-11-25
        assertEquals(false, rma.isOverdue(Instant.parse("2026-11-25T23:00:00Z")));
        assertEquals(true, rma.isOverdue(Instant.parse("2026-11-26T08:00:00Z")));

        Rma escalated = RmaTest.requested();
        escalated.verify("rita", null, NOW);
        escalated.approve("rita", false, null, NOW);
        escalated.ship("rita", null, NOW);
        escalated.escalate("Dana", NOW.plusSeconds(3600), NOW);
        assertEquals(false, escalated.isOverdue(NOW.plusSeconds(60)));
        assertEquals(true, escalated.isOverdue(NOW.plusSeconds(7200)));
        assertEquals(LocalDate.of(2026, 11, 25), escalated.promisedShipBy());
    }
}

package com.partsbridge.rma.rma.entity;

import java.util.Arrays;
import java.util.List;

/**
 * What a person can do to an RMA, each with the state it leads to. Whether an action is allowed comes from
 * {@link RmaState}'s table of moves; two actions that lead back to APPROVED are told apart by when they make
 * sense: an approval only before the part ships, a failed delivery only after it shipped.
 */
public enum RmaAction {
    VERIFY(RmaState.VERIFIED),
    APPROVE(RmaState.APPROVED),
    REJECT(RmaState.REJECTED),
    SHIP(RmaState.SHIPPED),
    DELIVER(RmaState.DELIVERED),
    REPORT_LOST(RmaState.APPROVED),
    REPORT_WRONG_DELIVERY(RmaState.APPROVED),
    RECEIVE_RETURN(RmaState.RETURN_RECEIVED),
    CLOSE(RmaState.CLOSED),
    /**
     * Refund or store credit instead of a shipment: the money once, then closed. A line's resolution can be
     * changed exactly while this is allowed (approved, not yet shipped).
     */
    SETTLE(RmaState.CLOSED),
    /** The timer's, not a person's: an advance replacement's old part never came back; charged or written off. */
    SETTLE_UNRETURNED(RmaState.CLOSED),
    CANCEL(RmaState.CANCELLED);

    private final RmaState target;

    RmaAction(RmaState target) {
        this.target = target;
    }

    public RmaState target() {
        return target;
    }

    public boolean allowedIn(RmaState state) {
        if (!state.canMoveTo(target)) {
            return false;
        }
        return switch (this) {
            case APPROVE -> !state.hasShipped();
            case REPORT_LOST, REPORT_WRONG_DELIVERY -> state.hasShipped();
            case CLOSE -> state == RmaState.DELIVERED || state == RmaState.RETURN_RECEIVED;
            case SETTLE -> state == RmaState.APPROVED;
            case SETTLE_UNRETURNED -> state == RmaState.RETURN_EXPECTED;
            default -> true;
        };
    }

    /** Whether a person takes this action (all but the overdue-return timer's). */
    public boolean byPerson() {
        return this != SETTLE_UNRETURNED;
    }

    /** Every action allowed in {@code state}, in the order a case usually takes them; none once it is finished. */
    public static List<RmaAction> in(RmaState state) {
        return Arrays.stream(values()).filter(a -> a.allowedIn(state)).toList();
    }

    /** What a person can do in {@code state} (the pages and the API offer these). */
    public static List<RmaAction> byPeopleIn(RmaState state) {
        return in(state).stream().filter(RmaAction::byPerson).toList();
    }
}

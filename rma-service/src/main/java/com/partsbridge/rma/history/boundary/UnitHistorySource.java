package com.partsbridge.rma.history.boundary;

import java.util.List;

/**
 * The seam for what else belongs in a unit's service history: a component that knows about a unit (customer
 * cases, once they exist) implements this as a CDI bean and its entries join the history, newest first, with
 * no change here. RMAs, parts and notices are gathered by {@link ServiceHistories} itself.
 */
public interface UnitHistorySource {

    /** Everything this component recorded about the unit, in any order. */
    List<HistoryEntry> entriesFor(long unitId, String ownerUsername);
}

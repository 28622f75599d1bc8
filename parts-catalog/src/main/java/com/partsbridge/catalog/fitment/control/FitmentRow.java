package com.partsbridge.catalog.fitment.control;

import java.util.List;

/**
 * One fitment of a unit with its listed part and the part's supersession chain.
 *
 * @param chain the listed part followed by each part that superseded it, oldest first
 */
public record FitmentRow(long id, String position, String serialFrom, String serialTo, List<PartRow> chain) {

    public PartRow part() {
        return chain.get(0);
    }

    /** The number of the part that replaced this part of the chain, null for the newest. */
    public String successorOf(PartRow part) {
        int at = chain.indexOf(part);
        return at < 0 || at == chain.size() - 1 ? null : chain.get(at + 1).partNumber();
    }
}

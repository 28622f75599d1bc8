package com.partsbridge.tradein.option.control;

import com.partsbridge.tradein.option.boundary.TransitionOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks transition options. Every way to repair the unit comes before a trade-in, because the customer
 * came to keep the product they own; among repairs, the cheapest wins, then the fastest, then our own part
 * over a refurbished one over a partner's. The trade-in is always offered, last, never alone when a repair
 * exists.
 */
public final class OptionRanking {

    private static final Comparator<TransitionOption> ORDER = Comparator.comparing(
                    (TransitionOption o) -> o.kind() == TransitionOption.Kind.TRADE_IN)
            .thenComparing(TransitionOption::price)
            .thenComparingInt(TransitionOption::leadTimeDays)
            .thenComparing(TransitionOption::kind);

    private OptionRanking() {}

    public static List<TransitionOption> rank(List<TransitionOption> options) {
        List<TransitionOption> sorted = new ArrayList<>(options);
        sorted.sort(ORDER);
        List<TransitionOption> ranked = new ArrayList<>();
        for (TransitionOption o : sorted) {
            ranked.add(o.ranked(ranked.size() + 1));
        }
        return ranked;
    }
}

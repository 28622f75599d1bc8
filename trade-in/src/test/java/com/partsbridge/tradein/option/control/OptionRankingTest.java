package com.partsbridge.tradein.option.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partsbridge.tradein.option.boundary.TransitionOption;
import com.partsbridge.tradein.option.boundary.TransitionOption.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionRankingTest {

    static TransitionOption option(Kind kind, String price, int days) {
        return new TransitionOption(0, kind, null, "P", "S", new BigDecimal(price), "EUR", days, "why");
    }

    @Test
    void repairsComeBeforeATradeInCheapestFirst() {
        List<TransitionOption> ranked = OptionRanking.rank(List.of(
                option(Kind.TRADE_IN, "-32.16", 0),
                option(Kind.PARTNER_OFFER, "19.90", 5),
                option(Kind.REFURBISHED_PART, "14.00", 4)));

        assertEquals(
                List.of(Kind.REFURBISHED_PART, Kind.PARTNER_OFFER, Kind.TRADE_IN),
                ranked.stream().map(TransitionOption::kind).toList());
        assertEquals(
                List.of(1, 2, 3), ranked.stream().map(TransitionOption::rank).toList());
    }

    @Test
    void atTheSamePriceTheFasterWinsThenOurOwnPart() {
        List<TransitionOption> ranked = OptionRanking.rank(List.of(
                option(Kind.PARTNER_OFFER, "10.00", 3),
                option(Kind.SUPERSEDING_PART, "10.00", 3),
                option(Kind.REFURBISHED_PART, "10.00", 2)));

        assertEquals(
                List.of(Kind.REFURBISHED_PART, Kind.SUPERSEDING_PART, Kind.PARTNER_OFFER),
                ranked.stream().map(TransitionOption::kind).toList());
    }
}

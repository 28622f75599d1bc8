package com.partsbridge.web.pages.admin;

import com.partsbridge.rma.figures.boundary.RmaFigures;
import com.partsbridge.rma.figures.boundary.RmaFigures.ConcessionWeek;
import com.partsbridge.rma.figures.boundary.RmaFigures.GateWeek;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.tradein.figures.boundary.TradeInFigures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The figures dashboard: the same figures as {@code /api/v1/figures}, read once per request from the modules
 * that own them, shaped into the tables the page shows (and its script draws as charts).
 */
@Named
@RequestScoped
public class FiguresPage {

    @Inject
    RmaFigures rma;

    @Inject
    TradeInFigures tradeIn;

    private List<CatchWeek> catches;
    private List<RmaFigures.StateCount> states;
    private RmaFigures.ShipmentTimes shipmentTimes;
    private RmaFigures.Escalations escalations;
    private List<String> currencies;
    private List<MoneyWeek> concessions;
    private List<TradeInFigures.ModelBreaches> breaches;
    private List<TradeInFigures.PartnerReferrals> referrals;

    @PostConstruct
    void load() {
        catches = catchesPerWeek(rma.wrongPartCatchesPerWeek());
        states = rma.rmasByState();
        shipmentTimes = rma.requestToShipment();
        escalations = rma.escalations();
        List<ConcessionWeek> granted = rma.concessionsPerWeek();
        currencies = new ArrayList<>(
                new TreeSet<>(granted.stream().map(ConcessionWeek::currency).toList()));
        concessions = moneyPerWeek(granted, currencies);
        breaches = tradeIn.obligationBreaches();
        referrals = tradeIn.referralsPerPartner();
    }

    /** One week's catches, one count per gate in {@link Gate} order (the table's columns). */
    public record CatchWeek(LocalDate weekStarting, List<Long> perGate) {}

    /** One week's concessions, one amount per currency in {@link #getCurrencies()} order. */
    public record MoneyWeek(LocalDate weekStarting, List<BigDecimal> perCurrency, long granted) {}

    private static List<CatchWeek> catchesPerWeek(List<GateWeek> figure) {
        Map<LocalDate, Long[]> weeks = new LinkedHashMap<>();
        for (GateWeek w : figure) {
            weeks.computeIfAbsent(w.weekStarting(), d -> new Long[Gate.values().length])[
                            w.gate().ordinal()] =
                    w.caught();
        }
        List<CatchWeek> rows = new ArrayList<>();
        weeks.forEach((monday, counts) -> {
            List<Long> perGate = new ArrayList<>();
            for (Long c : counts) {
                perGate.add(c == null ? 0L : c);
            }
            rows.add(new CatchWeek(monday, perGate));
        });
        return rows;
    }

    private static List<MoneyWeek> moneyPerWeek(List<ConcessionWeek> figure, List<String> currencies) {
        Map<LocalDate, BigDecimal[]> amounts = new LinkedHashMap<>();
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (ConcessionWeek w : figure) {
            BigDecimal[] row = amounts.computeIfAbsent(w.weekStarting(), d -> new BigDecimal[currencies.size()]);
            row[currencies.indexOf(w.currency())] = w.amount();
            counts.merge(w.weekStarting(), w.granted(), Long::sum);
        }
        List<MoneyWeek> rows = new ArrayList<>();
        amounts.forEach((monday, row) -> {
            List<BigDecimal> perCurrency = new ArrayList<>();
            for (BigDecimal a : row) {
                perCurrency.add(a == null ? BigDecimal.ZERO.setScale(2) : a);
            }
            rows.add(new MoneyWeek(monday, perCurrency, counts.get(monday)));
        });
        return rows;
    }

    public List<Gate> getGates() {
        return List.of(Gate.values());
    }

    public List<CatchWeek> getCatches() {
        return catches;
    }

    public List<RmaFigures.StateCount> getStates() {
        return states;
    }

    public RmaFigures.ShipmentTimes getShipmentTimes() {
        return shipmentTimes;
    }

    /** Hours with one decimal, for the chart's axis (the table says it in words). */
    public String hours(Long minutes) {
        return minutes == null
                ? "0"
                : BigDecimal.valueOf(minutes)
                        .divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
    }

    public RmaFigures.Escalations getEscalations() {
        return escalations;
    }

    public List<String> getCurrencies() {
        return currencies;
    }

    public List<MoneyWeek> getConcessions() {
        return concessions;
    }

    public List<TradeInFigures.ModelBreaches> getBreaches() {
        return breaches;
    }

    public List<TradeInFigures.PartnerReferrals> getReferrals() {
        return referrals;
    }
}

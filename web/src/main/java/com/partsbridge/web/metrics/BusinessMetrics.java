package com.partsbridge.web.metrics;

import com.partsbridge.rma.figures.boundary.RmaFigures;
import com.partsbridge.rma.figures.boundary.RmaFigures.ConcessionWeek;
import com.partsbridge.rma.figures.boundary.RmaFigures.GateWeek;
import com.partsbridge.tradein.figures.boundary.TradeInFigures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard's figures as Micrometer gauges (served in Prometheus format on the management port). A timer
 * reads the figures through the same boundaries as the dashboard every {@value #EVERY_SECONDS} seconds; the
 * gauges only read that snapshot, because a scrape runs on a management thread that must not hold a database
 * connection. Every node of a cluster reports the same figures: aggregate them with max, not sum.
 *
 * <p>Meters are registered with {@code registry.gauge(name, tags, ...)}, not {@code Gauge.builder(...)
 * .register(registry)}: WildFly 39's per-deployment registry forwards only the former to the Prometheus registry
 * (a builder's meter never reaches the scrape). The meanings are listed in the README.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BusinessMetrics {

    static final int EVERY_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(BusinessMetrics.class.getName());

    /** The tag names of each metric, in the order of the values joined in a snapshot key. */
    private static final Map<String, String[]> TAGS = Map.of(
            "partsbridge.wrong.parts.caught.this.week", new String[] {"gate"},
            "partsbridge.rmas", new String[] {"state"},
            "partsbridge.request.to.shipment.minutes", new String[] {"quantile"},
            "partsbridge.concessions.this.week", new String[] {"currency"},
            "partsbridge.obligation.breaches", new String[] {"model"},
            "partsbridge.referrals", new String[] {"partner", "currency"},
            "partsbridge.referrals.fulfilled", new String[] {"partner", "currency"},
            "partsbridge.royalties", new String[] {"partner", "currency"});

    @Inject
    MeterRegistry registry;

    @Inject
    RmaFigures rma;

    @Inject
    TradeInFigures tradeIn;

    private final AtomicReference<FigureSnapshot> snapshot = new AtomicReference<>(FigureSnapshot.NONE);

    /** Gauges already registered, by metric and tag values: a new partner or model gets its gauge on sight. */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        registry.gauge(
                "partsbridge.database.up", Tags.empty(), snapshot, s -> s.get().databaseUp() ? 1 : 0);
        // the first reading waits for the timer: at start-up the modules may still be migrating their schemas
    }

    /**
     * Removes this instance's gauges: the server keeps meters across a redeployment, and a new instance asking for
     * a gauge of the same name and tags would get the old one, still reading this instance's last snapshot.
     */
    @PreDestroy
    void stop() {
        registry.getMeters().stream()
                .filter(m -> m instanceof Gauge && m.getId().getName().startsWith("partsbridge."))
                .forEach(registry::remove);
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + EVERY_SECONDS, persistent = false)
    void refresh() {
        FigureSnapshot read;
        try {
            read = read();
        } catch (RuntimeException e) { // the database is away: keep the last figures, say so in the up gauge
            LOG.log(Level.WARNING, "could not read the business figures: {0}", e.toString());
            read = new FigureSnapshot(snapshot.get().values(), false);
        }
        // gauges first, then the values: a scrape between the two must not see the database up with gauges missing
        read.values().forEach((metric, byTags) -> byTags.keySet().forEach(key -> register(metric, key)));
        snapshot.set(read);
    }

    private FigureSnapshot read() {
        Map<String, Map<String, Double>> values = new HashMap<>();
        List<GateWeek> catches = rma.wrongPartCatchesPerWeek();
        LocalDate thisWeek = catches.get(catches.size() - 1).weekStarting();
        catches.stream()
                .filter(w -> w.weekStarting().equals(thisWeek))
                .forEach(w -> put(
                        values,
                        "partsbridge.wrong.parts.caught.this.week",
                        w.caught(),
                        w.gate().name()));
        rma.rmasByState()
                .forEach(s ->
                        put(values, "partsbridge.rmas", s.count(), s.state().name()));
        RmaFigures.ShipmentTimes times = rma.requestToShipment();
        put(values, "partsbridge.request.to.shipment.minutes", orZero(times.medianMinutes()), "0.5");
        put(values, "partsbridge.request.to.shipment.minutes", orZero(times.p90Minutes()), "0.9");
        RmaFigures.Escalations escalations = rma.escalations();
        put(values, "partsbridge.escalations.open", escalations.open());
        put(values, "partsbridge.escalations.overdue", escalations.overdue());
        for (ConcessionWeek w : rma.concessionsPerWeek()) {
            if (w.weekStarting().equals(thisWeek)) {
                put(values, "partsbridge.concessions.this.week", w.amount().doubleValue(), w.currency());
            }
        }
        tradeIn.obligationBreaches()
                .forEach(b -> put(values, "partsbridge.obligation.breaches", b.breaches(), b.modelCode()));
        for (TradeInFigures.PartnerReferrals p : tradeIn.referralsPerPartner()) {
            put(values, "partsbridge.referrals", p.referrals(), p.partner(), p.currency());
            put(values, "partsbridge.referrals.fulfilled", p.fulfilled(), p.partner(), p.currency());
            put(values, "partsbridge.royalties", p.royalties().doubleValue(), p.partner(), p.currency());
        }
        return new FigureSnapshot(values, true);
    }

    private static double orZero(Long minutes) {
        return minutes == null ? 0 : minutes;
    }

    private static void put(Map<String, Map<String, Double>> values, String metric, double value, String... tags) {
        values.computeIfAbsent(metric, m -> new HashMap<>()).merge(String.join("|", tags), value, Double::sum);
    }

    private void register(String metric, String key) {
        if (!registered.add(metric + "#" + key)) {
            return;
        }
        String[] tagNames = TAGS.getOrDefault(metric, new String[0]);
        String[] tagValues = key.isEmpty() ? new String[0] : key.split("\\|", -1);
        Tags tags = Tags.empty();
        for (int i = 0; i < tagNames.length && i < tagValues.length; i++) {
            tags = tags.and(tagNames[i], tagValues[i]);
        }
        registry.gauge(metric, tags, snapshot, s -> s.get().value(metric, key));
    }
}

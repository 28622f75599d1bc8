package com.partsbridge.web.reports;

import com.partsbridge.rma.clock.boundary.DeliveryPromises;
import com.partsbridge.rma.clock.boundary.MonthlyBreaches;
import com.partsbridge.rma.rma.boundary.OverdueRequest;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.tradein.obligation.boundary.ObligationFinding;
import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The parts-obligation report joins two bounded contexts that must not know each other: trade-in owns the
 * obligations, the RMA service owns the requests. The WAR, which depends on both, puts them side by side.
 */
@Stateless
public class PartsObligationReport {

    @Inject
    PartsObligations obligations;

    @Inject
    RmaQueries rmas;

    @Inject
    Clock clock;

    @Inject
    DeliveryPromises promises;

    /**
     * A model's standing against its obligation, the requests that wait longer than it promises, and the
     * requests whose working-day delivery promise was recorded broken, by the month they were due.
     */
    public record Row(
            ObligationFinding model, List<OverdueRequest> overdueRequests, List<MonthlyBreaches> breachesByMonth)
            implements Serializable {}

    public List<Row> report() {
        Instant now = Instant.now(clock);
        return obligations.report().stream()
                .map(f -> new Row(
                        f,
                        rmas.overdueRequests(f.modelCode(), f.deliveryDays(), now),
                        promises.breachesByMonth(f.modelCode())))
                .toList();
    }
}

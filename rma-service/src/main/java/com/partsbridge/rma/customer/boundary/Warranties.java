package com.partsbridge.rma.customer.boundary;

import com.partsbridge.rma.customer.entity.WarrantyPolicy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Warranty cover per model; other components ask here rather than reading the policies themselves. */
@Stateless
public class Warranties {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The last day of cover of a unit of {@code modelCode} bought on {@code purchasedOn}, if it is covered today;
     * empty when its cover has ended or its model has no policy. In warranty means free parts, so the request,
     * its preview and the parts page all ask this one question.
     */
    public Optional<LocalDate> coverEndingIfCoveredToday(String modelCode, LocalDate purchasedOn) {
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(em.find(WarrantyPolicy.class, modelCode))
                .filter(policy -> policy.covers(purchasedOn, today))
                .map(policy -> policy.lastCoveredDay(purchasedOn));
    }
}

package com.partsbridge.rma.customer.boundary;

import com.partsbridge.rma.customer.entity.WarrantyPolicy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** Warranty cover per model; other components ask here rather than reading the policies themselves. */
@Stateless
public class Warranties {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    /** Whether a unit of {@code modelCode} bought on {@code purchasedOn} is covered on {@code day}; no policy, no cover. */
    public boolean covers(String modelCode, LocalDate purchasedOn, LocalDate day) {
        WarrantyPolicy policy = em.find(WarrantyPolicy.class, modelCode);
        return policy != null && policy.covers(purchasedOn, day);
    }

    /** The last day of cover for a unit of {@code modelCode} bought on {@code purchasedOn}; empty without a policy. */
    public Optional<LocalDate> lastCoveredDay(String modelCode, LocalDate purchasedOn) {
        return Optional.ofNullable(em.find(WarrantyPolicy.class, modelCode)).map(p -> p.lastCoveredDay(purchasedOn));
    }
}

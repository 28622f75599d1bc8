package com.partsbridge.rma.customer.boundary;

import com.partsbridge.rma.customer.entity.WarrantyPolicy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

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
}

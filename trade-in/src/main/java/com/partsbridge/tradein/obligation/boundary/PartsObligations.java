package com.partsbridge.tradein.obligation.boundary;

import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.ModelSpareParts;
import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.tradein.obligation.entity.PartsObligation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Parts-availability obligations and the report of the models that breach or will breach them. */
@Stateless
public class PartsObligations {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    ProductModels models;

    @Inject
    Fitments fitments;

    @Inject
    Clock clock;

    /** Declares (or replaces) a model's obligation, validated here for the API and the admin page alike. */
    public ObligationFinding declare(
            String modelCode, @Valid @NotNull(message = "an obligation is required") NewObligation request) {
        return declare(modelCode, request.yearsAfterLastSale(), request.deliveryDays());
    }

    public ObligationFinding declare(String modelCode, int years, int deliveryDays) {
        ModelView model = models.byCode(modelCode);
        PartsObligation existing = em.find(PartsObligation.class, model.code());
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        PartsObligation obligation = new PartsObligation(model.code(), years, deliveryDays);
        em.persist(obligation);
        return finding(obligation, model, LocalDate.now(clock));
    }

    /** Every obligation, with its breaches first: the models the business must act on. */
    public List<ObligationFinding> report() {
        LocalDate today = LocalDate.now(clock);
        List<ObligationFinding> findings = new ArrayList<>();
        for (PartsObligation o : em.createQuery(
                        "select o from PartsObligation o order by o.modelCode", PartsObligation.class)
                .getResultList()) {
            findings.add(finding(o, models.byCode(o.modelCode()), today));
        }
        findings.sort(Comparator.comparing((ObligationFinding f) -> f.breaches().isEmpty())); // breaches first
        return findings;
    }

    /** A model's public spare parts list with the delivery it is promised (an unknown model is a 404). */
    public PublishedPartsList publishedPartsList(String modelCode) {
        ModelSpareParts listed = fitments.sparePartsOf(modelCode);
        ModelView model = listed.model();
        PartsObligation obligation = em.find(PartsObligation.class, model.code());
        return new PublishedPartsList(
                model.code(),
                model.name(),
                model.discontinuedOn(),
                model.partsSupportUntil(),
                obligation == null ? PublishedPartsList.DEFAULT_DELIVERY_WORKING_DAYS : obligation.deliveryDays(),
                obligation != null,
                listed.parts());
    }

    private ObligationFinding finding(PartsObligation o, ModelView model, LocalDate today) {
        LocalDate lastSale = model.discontinuedOn();
        LocalDate owedUntil = lastSale == null ? null : o.owedUntil(lastSale);
        boolean under = owedUntil == null || !today.isAfter(owedUntil);
        List<String> breaches = new ArrayList<>();
        if (ObligationFinding.catalogPromisesTooLittle(owedUntil, model.partsSupportUntil())) {
            breaches.add(
                    model.partsSupportUntil() == null
                            ? "the catalog names no date until which it promises parts, but we owe them until "
                                    + owedUntil
                            : "the catalog promises parts until " + model.partsSupportUntil()
                                    + ", but we owe them until " + owedUntil);
        }
        List<String> positionsWithoutPart =
                under ? List.copyOf(fitments.positionsWithoutOrderablePart(model.code())) : List.of();
        positionsWithoutPart.forEach(p -> breaches.add("no first-party part can be ordered for " + p));
        return new ObligationFinding(
                model.code(),
                o.yearsAfterLastSale(),
                o.deliveryDays(),
                lastSale,
                owedUntil,
                model.partsSupportUntil(),
                under,
                breaches,
                positionsWithoutPart);
    }
}

package com.partsbridge.catalog.model.boundary;

import com.partsbridge.catalog.model.control.ModelRepository;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/** Product models: registering them and the questions asked about their lifecycle. */
@Stateless
public class ProductModels {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    ModelRepository models;

    @Inject
    Clock clock;

    public ModelView register(NewModel request) {
        String code = ProductModel.normalizeCode(request.code());
        if (models.byCode(code).isPresent()) {
            throw new ConflictException("model-exists", "model " + code + " is already in the catalog");
        }
        ProductModel model = new ProductModel(code, request.name(), request.family(), request.launchedOn());
        if (request.discontinuedOn() != null) {
            model.discontinue(request.discontinuedOn(), request.partsSupportUntil());
        } else if (request.partsSupportUntil() != null) {
            throw new InvalidInputException(
                    "partsSupportUntil",
                    "parts support is promised from the day a model is discontinued; give discontinuedOn too");
        }
        if (request.successorCode() != null && !request.successorCode().isBlank()) {
            model.succeededBy(models.require(request.successorCode()));
        }
        em.persist(model);
        return ModelView.of(model, today());
    }

    public ModelView byCode(String code) {
        return ModelView.of(models.require(code), today());
    }

    public Page<ModelView> list(PageRequest page) {
        var items = em.createQuery(
                        "select m from ProductModel m left join fetch m.successor order by m.code", ProductModel.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(m) from ProductModel m", Long.class)
                .getSingleResult();
        LocalDate today = today();
        return Page.of(items, page, total).map(m -> ModelView.of(m, today));
    }

    /** Models whose promised parts support ends between today and {@code days} from now, soonest first. */
    public Page<ModelView> partsSupportEndingWithin(int days, PageRequest page) {
        if (days < 0 || days > 3660) {
            throw new InvalidInputException("withinDays", "withinDays must be between 0 and 3660");
        }
        LocalDate today = today();
        LocalDate until = today.plusDays(days);
        var items = em.createQuery("""
                        select m from ProductModel m left join fetch m.successor
                        where m.partsSupportUntil between :today and :until
                        order by m.partsSupportUntil, m.code""", ProductModel.class)
                .setParameter("today", today)
                .setParameter("until", until)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("""
                        select count(m) from ProductModel m
                        where m.partsSupportUntil between :today and :until""", Long.class)
                .setParameter("today", today)
                .setParameter("until", until)
                .getSingleResult();
        return Page.of(items, page, total).map(m -> ModelView.of(m, today));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

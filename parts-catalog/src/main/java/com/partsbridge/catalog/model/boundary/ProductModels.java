package com.partsbridge.catalog.model.boundary;

import com.partsbridge.catalog.audit.control.ChangeLog;
import com.partsbridge.catalog.audit.entity.ChangeSubject;
import com.partsbridge.catalog.model.control.ModelRepository;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

    @Inject
    ChangeLog changes;

    @Resource
    SessionContext caller;

    public ModelView register(@Valid @NotNull NewModel request) {
        String code = ProductModel.normalizeCode(request.code());
        if (models.byCode(code).isPresent()) {
            throw new ConflictException("model-exists", "model " + code + " is already in the catalog");
        }
        ProductModel model = new ProductModel(code, request.name(), request.family(), request.launchedOn());
        model.reschedule(request.launchedOn(), request.discontinuedOn(), request.partsSupportUntil());
        if (request.successorCode() != null && !request.successorCode().isBlank()) {
            model.succeededBy(models.require(request.successorCode()));
        }
        em.persist(model);
        changes.model(code, "added", null, model.name() + "; " + datesOf(model), me());
        return ModelView.of(model, today());
    }

    /**
     * Sets a model's lifecycle dates; the trail keeps the dates before and after. Like every change here, it is
     * refused when {@code seen} (the model as the caller last saw it; null: any) is stale.
     */
    public ModelView reschedule(String code, @Valid @NotNull ModelDates dates, ModelView seen) {
        ProductModel model = current(code, seen);
        String before = datesOf(model);
        model.reschedule(dates.launchedOn(), dates.discontinuedOn(), dates.partsSupportUntil());
        changes.model(model.code(), "lifecycle dates", before, datesOf(model), me());
        return ModelView.of(model, today());
    }

    /** Names the model that succeeds this one (a cycle of successors is refused). */
    public ModelView succeed(String code, @Valid @NotNull Succession succession, ModelView seen) {
        ProductModel model = current(code, seen);
        ProductModel next = models.require(succession.successorCode());
        String before = model.successor().map(ProductModel::code).orElse(null);
        model.succeededBy(next);
        changes.model(model.code(), "successor", before, next.code(), me());
        return ModelView.of(model, today());
    }

    /** The model has no successor any more. */
    public ModelView dropSuccessor(String code, ModelView seen) {
        ProductModel model = current(code, seen);
        String before = model.successor().map(ProductModel::code).orElse(null);
        if (before != null) {
            model.succeededBy(null);
            changes.model(model.code(), "successor", before, null, me());
        }
        return ModelView.of(model, today());
    }

    /** The model to change, refused naming who changed it when the caller's view of it is stale (as for parts). */
    private ProductModel current(String code, ModelView seen) {
        ProductModel model = models.require(code);
        if (seen != null && !seen.equals(ModelView.of(model, today()))) {
            throw changes.changedSince(ChangeSubject.MODEL, model.code());
        }
        return model;
    }

    private static String datesOf(ProductModel m) {
        return "launched " + m.launchedOn() + ", discontinued "
                + m.discontinuedOn().map(Object::toString).orElse("-") + ", parts until "
                + m.partsSupportUntil().map(Object::toString).orElse("-");
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    public ModelView byCode(String code) {
        return ModelView.of(models.require(code), today());
    }

    public Page<ModelView> list(PageRequest page) {
        return list(null, page);
    }

    /** Models whose code or name contains {@code text} (case-insensitive; null or blank: all), by code. */
    public Page<ModelView> list(String text, PageRequest page) {
        if (text != null && text.length() > 80) {
            throw new InvalidInputException("q", "search text is at most 80 characters");
        }
        // '!' escapes the wildcards in the text: a backslash would need escaping in HQL as well as in SQL
        String pattern = text == null || text.isBlank()
                ? "%"
                : "%"
                        + text.trim()
                                .toLowerCase()
                                .replace("!", "!!")
                                .replace("%", "!%")
                                .replace("_", "!_") + "%";
        String matching = "(lower(m.code) like :q escape '!' or lower(m.name) like :q escape '!')";
        var items = em.createQuery(
                        "select m from ProductModel m left join fetch m.successor where " + matching
                                + " order by m.code",
                        ProductModel.class)
                .setParameter("q", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(m) from ProductModel m where " + matching, Long.class)
                .setParameter("q", pattern)
                .getSingleResult();
        LocalDate today = today();
        return Page.of(items, page, total).map(m -> ModelView.of(m, today));
    }

    /**
     * Discontinued models that have a successor (the ones a trade-in program can credit toward it), latest
     * discontinued first.
     */
    public Page<ModelView> discontinuedWithSuccessor(PageRequest page) {
        String matching = "m.discontinuedOn is not null and m.successor is not null";
        var items = em.createQuery(
                        "select m from ProductModel m join fetch m.successor where " + matching
                                + " order by m.discontinuedOn desc, m.code",
                        ProductModel.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(m) from ProductModel m where " + matching, Long.class)
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

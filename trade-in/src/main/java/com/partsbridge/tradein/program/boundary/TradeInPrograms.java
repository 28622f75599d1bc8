package com.partsbridge.tradein.program.boundary;

import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.kernel.RuleViolationException;
import com.partsbridge.tradein.program.entity.TradeInProgram;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Trade-in programs: a credit toward the successor of a model the catalog says is discontinued. */
@Stateless
public class TradeInPrograms {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    ProductModels models;

    public String register(@Valid @NotNull(message = "a program is required") NewProgram request) {
        ModelView model = models.byCode(request.modelCode());
        if (model.discontinuedOn() == null || model.successorCode() == null) {
            throw new RuleViolationException(
                    "model-not-discontinued",
                    model.code() + " must be discontinued and have a successor to get a trade-in program");
        }
        boolean exists = !em.createQuery("select p.id from TradeInProgram p where p.modelCode = :m", Long.class)
                .setParameter("m", model.code())
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new ConflictException("program-exists", model.code() + " already has a trade-in program");
        }
        em.persist(new TradeInProgram(
                model.code(),
                model.successorCode(),
                Money.of(request.baseCredit(), "EUR"),
                request.monthlyDepreciation(),
                request.floorCredit(),
                request.quoteValidDays()));
        return model.code();
    }

    /** The programs, the latest started first (an admin who just started one sees it at the top). */
    public Page<ProgramView> list(PageRequest page) {
        var items = em.createQuery("select p from TradeInProgram p order by p.id desc", TradeInProgram.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(p) from TradeInProgram p", Long.class)
                .getSingleResult();
        return Page.of(items, page, total).map(ProgramView::of);
    }
}

package com.partsbridge.catalog.audit.control;

import com.partsbridge.catalog.audit.entity.CatalogChange;
import com.partsbridge.catalog.audit.entity.ChangeSubject;
import com.partsbridge.kernel.ConflictException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes the catalog's audit trail in the caller's transaction: a change and its record commit or roll back
 * together, so the trail never shows a change that did not happen.
 */
@Dependent
public class ChangeLog {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    Clock clock;

    public void part(String partNumber, String what, Object before, Object after, String actor) {
        record(ChangeSubject.PART, partNumber, what, before, after, actor);
    }

    public void model(String modelCode, String what, Object before, Object after, String actor) {
        record(ChangeSubject.MODEL, modelCode, what, before, after, actor);
    }

    /**
     * The refusal of a change made on a stale view of a part or model: it names who changed it last and when,
     * from this trail, so the caller knows whom to ask before trying again.
     */
    public ConflictException changedSince(ChangeSubject subject, String code) {
        String by = em.createQuery("""
                        select c from CatalogChange c where c.subject = :subject and c.subjectCode = :code
                        order by c.occurredAt desc, c.id desc""", CatalogChange.class)
                .setParameter("subject", subject)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(c -> " by " + c.actor() + " at " + c.occurredAt() + " (" + c.what() + ")")
                .orElse("");
        String kind = subject == ChangeSubject.PART ? "part" : "model";
        return new ConflictException(
                "stale-" + kind,
                kind + " " + code + " was changed" + by + " since you loaded it; reload it and try again");
    }

    private void record(ChangeSubject subject, String code, String what, Object before, Object after, String actor) {
        em.persist(new CatalogChange(subject, code, what, before, after, actor, Instant.now(clock)));
    }
}

package com.partsbridge.catalog.audit.control;

import com.partsbridge.catalog.audit.entity.CatalogChange;
import com.partsbridge.catalog.audit.entity.ChangeSubject;
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

    private void record(ChangeSubject subject, String code, String what, Object before, Object after, String actor) {
        em.persist(new CatalogChange(subject, code, what, before, after, actor, Instant.now(clock)));
    }
}

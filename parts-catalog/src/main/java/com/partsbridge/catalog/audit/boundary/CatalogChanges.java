package com.partsbridge.catalog.audit.boundary;

import com.partsbridge.catalog.audit.entity.CatalogChange;
import com.partsbridge.catalog.audit.entity.ChangeSubject;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.catalog.part.entity.PartNumber;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The catalog's audit trail, newest first: who changed a part or a model, when, and from what to what. */
@Stateless
public class CatalogChanges {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public Page<ChangeView> ofPart(String partNumber, PageRequest page) {
        return of(ChangeSubject.PART, PartNumber.normalize(partNumber), page);
    }

    public Page<ChangeView> ofModel(String modelCode, PageRequest page) {
        return of(ChangeSubject.MODEL, ProductModel.normalizeCode(modelCode), page);
    }

    private Page<ChangeView> of(ChangeSubject subject, String code, PageRequest page) {
        var items = em.createQuery("""
                        select c from CatalogChange c where c.subject = :subject and c.subjectCode = :code
                        order by c.occurredAt desc, c.id desc""", CatalogChange.class)
                .setParameter("subject", subject)
                .setParameter("code", code)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery(
                        "select count(c) from CatalogChange c where c.subject = :subject and c.subjectCode = :code",
                        Long.class)
                .setParameter("subject", subject)
                .setParameter("code", code)
                .getSingleResult();
        return Page.of(items, page, total).map(ChangeView::of);
    }
}

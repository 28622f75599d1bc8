package com.partsbridge.rma.recovery.boundary;

import com.partsbridge.rma.recovery.entity.Notice;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** The notices sent about some cases (an RMA's notices carry its number as their case), for a service history. */
@Stateless
public class NoticesByCase {

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    public List<NoticeView> about(Collection<String> caseRefs) {
        if (caseRefs.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select distinct n from Notice n left join fetch n.concessions where n.caseRef in :cases",
                        Notice.class)
                .setParameter("cases", caseRefs)
                .getResultList()
                .stream()
                .map(NoticeView::of)
                .toList();
    }
}

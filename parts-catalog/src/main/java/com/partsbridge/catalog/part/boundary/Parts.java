package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.control.PartRepository;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.catalog.part.entity.PartNumber;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parts: adding them, their supersession chains, and finding them. */
@Stateless
public class Parts {

    static final String DEFAULT_CURRENCY = "EUR";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    PartRepository parts;

    public PartView register(NewPart request) {
        String number = PartNumber.normalize(request.partNumber());
        if (parts.byNumber(number).isPresent()) {
            throw new ConflictException("part-exists", "part " + number + " is already in the catalog");
        }
        String currency = request.currency() == null ? DEFAULT_CURRENCY : request.currency();
        Part part =
                new Part(number, request.description(), Money.of(request.listPrice(), currency), request.stockOnHand());
        if (request.lifecycle() != null) {
            part.moveTo(request.lifecycle());
        }
        em.persist(part);
        return PartView.of(part);
    }

    public PartView byNumber(String partNumber) {
        return PartView.of(parts.require(partNumber));
    }

    /**
     * Which of these (already normalized) part numbers are in the catalog: one query for a whole batch, for
     * callers that check thousands of rows at once, such as partner offer feeds.
     */
    public Set<String> existing(Collection<String> partNumbers) {
        if (partNumbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery("select p.partNumber from Part p where p.partNumber in :numbers", String.class)
                        .setParameter("numbers", partNumbers)
                        .getResultList());
    }

    /** The part and every part that superseded it, oldest first. */
    public List<PartView> chainOf(String partNumber) {
        return parts.require(partNumber).chain().stream().map(PartView::of).toList();
    }

    public PartView supersede(String partNumber, Supersession supersession) {
        Part old = parts.require(partNumber);
        Part newer = parts.require(supersession.supersededBy());
        old.supersedeWith(newer, supersession.interchangeability());
        return PartView.of(old);
    }

    public PartView changeStock(String partNumber, int onHand, PartLifecycle lifecycle) {
        Part part = parts.require(partNumber);
        part.changeStock(onHand);
        if (lifecycle != null) {
            part.moveTo(lifecycle);
        }
        return PartView.of(part);
    }

    /** Parts whose number or description, or a model they fit, contains the text (case-insensitive). */
    public Page<PartView> search(String text, PageRequest page) {
        if (text == null || text.isBlank() || text.length() > 80) {
            throw new InvalidInputException("q", "search text of 1 to 80 characters is required");
        }
        String pattern = "%"
                + text.trim()
                        .toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String where = """
                where lower(p.partNumber) like :q escape '\\' or lower(p.description) like :q escape '\\'
                   or p.id in (select f.part.id from Fitment f
                               where lower(f.model.name) like :q escape '\\' or lower(f.model.code) like :q escape '\\')
                """;
        List<Part> items = em.createQuery(
                        "select p from Part p left join fetch p.supersededBy " + where + " order by p.partNumber",
                        Part.class)
                .setParameter("q", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(p) from Part p " + where, Long.class)
                .setParameter("q", pattern)
                .getSingleResult();
        return Page.of(items, page, total).map(PartView::of);
    }
}

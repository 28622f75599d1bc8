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
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** Parts: adding them, their supersession chains, and finding them. */
@Stateless
public class Parts {

    static final String DEFAULT_CURRENCY = "EUR";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    private static final Logger AUDIT = Logger.getLogger("com.partsbridge.catalog.audit");

    @Inject
    PartRepository parts;

    @Resource
    SessionContext caller;

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
        String before = old.supersededBy().map(Part::partNumber).orElse("nothing");
        old.supersedeWith(newer, supersession.interchangeability());
        audit(old, "superseded by", before, newer.partNumber() + " (" + supersession.interchangeability() + ")");
        return PartView.of(old);
    }

    public PartView reprice(String partNumber, NewPrice price) {
        Part part = parts.require(partNumber);
        Money before = part.listPrice();
        String currency = price.currency() == null ? before.currency() : price.currency();
        part.reprice(Money.of(price.listPrice(), currency));
        audit(part, "list price", before.amount() + " " + before.currency(), price.listPrice() + " " + currency);
        return PartView.of(part);
    }

    public PartView count(String partNumber, StockCount count) {
        Part part = parts.require(partNumber);
        int before = part.stockOnHand();
        part.changeStock(count.stockOnHand());
        audit(part, "stock on hand", before, count.stockOnHand());
        return PartView.of(part);
    }

    public PartView move(String partNumber, LifecycleChange change) {
        Part part = parts.require(partNumber);
        PartLifecycle before = part.lifecycle();
        part.moveTo(change.lifecycle());
        audit(part, "lifecycle", before, change.lifecycle());
        return PartView.of(part);
    }

    /** Who changed what on a part, in the server log (the catalog keeps no history table of its own yet). */
    private void audit(Part part, String what, Object before, Object after) {
        String who = caller.getCallerPrincipal().getName();
        AUDIT.info(() -> "part " + part.partNumber() + ": " + what + " " + before + " -> " + after + " by " + who);
    }

    /**
     * Parts whose number or description, or a model they fit, contains the text (case-insensitive); an exact part
     * number first, then by number. Each branch of the match is its own select, joined by {@code union}, so that
     * each can use its own index (on PostgreSQL the trigram indexes of migration V3; an {@code or} across them,
     * or across a subquery, made the planner scan every part); H2 has no such index and scans (see the README).
     */
    public Page<PartView> search(String text, PageRequest page) {
        if (text == null || text.isBlank() || text.length() > 80) {
            throw new InvalidInputException("q", "search text of 1 to 80 characters is required");
        }
        String trimmed = text.trim();
        String pattern = "%"
                + trimmed.toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String matching = """
                select id from cat_part where lower(part_number) like :q escape '\\'
                union select id from cat_part where lower(description) like :q escape '\\'
                union select f.part_id from cat_fitment f join cat_product_model m on m.id = f.model_id
                      where lower(m.name) like :q escape '\\' or lower(m.code) like :q escape '\\'
                """;
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select p.id from cat_part p where p.id in (" + matching + """
                        ) order by case when p.part_number = :exact then 0 else 1 end, p.part_number""")
                .setParameter("q", pattern)
                .setParameter("exact", trimmed.toUpperCase())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from (" + matching + ") matching")
                        .setParameter("q", pattern)
                        .getSingleResult())
                .longValue();
        return Page.of(inOrder(ids), page, total).map(PartView::of);
    }

    /** The parts with these ids (and their successors, for the view), in the order of the ids. */
    private List<Part> inOrder(List<Number> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(Number::longValue).toList();
        Map<Long, Part> byId = new HashMap<>();
        em.createQuery("select p from Part p left join fetch p.supersededBy where p.id in :ids", Part.class)
                .setParameter("ids", order)
                .setHint("org.hibernate.readOnly", true)
                .getResultList()
                .forEach(p -> byId.put(p.id(), p));
        return order.stream().map(byId::get).toList();
    }
}

package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.audit.control.ChangeLog;
import com.partsbridge.catalog.audit.entity.ChangeSubject;
import com.partsbridge.catalog.part.control.PartRepository;
import com.partsbridge.catalog.part.control.PartSearch;
import com.partsbridge.catalog.part.entity.Interchangeability;
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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parts: adding them, their supersession chains, and finding them. */
@Stateless
public class Parts {

    static final String DEFAULT_CURRENCY = "EUR";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    PartRepository parts;

    @Inject
    ChangeLog changes;

    @Inject
    PartSearch search;

    @Resource
    SessionContext caller;

    public PartView register(@Valid @NotNull NewPart request) {
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
        changes.part(
                number,
                "added",
                null,
                part.listPrice().amount() + " " + part.listPrice().currency() + ", " + part.stockOnHand() + " on hand, "
                        + part.lifecycle(),
                me());
        return PartView.of(part);
    }

    /** All parts, by number, for browsing the catalog; {@link #search} finds them by text. */
    public Page<PartView> list(PageRequest page) {
        var items = em.createQuery(
                        "select p from Part p left join fetch p.supersededBy order by p.partNumber", Part.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(p) from Part p", Long.class).getSingleResult();
        return Page.of(items, page, total).map(PartView::of);
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

    /**
     * The list price of each of these part numbers (keyed as given), in one query: what an RMA's lines are worth
     * for its money rules. A number not in the catalog is refused as {@code part-not-found}, as {@link #byNumber}
     * refuses it.
     */
    public Map<String, BigDecimal> listPrices(Collection<String> partNumbers) {
        Set<String> normalized = new HashSet<>();
        partNumbers.forEach(n -> normalized.add(PartNumber.normalize(n)));
        Map<String, BigDecimal> byNormalized = new HashMap<>();
        if (!normalized.isEmpty()) {
            em.createQuery(
                            "select p.partNumber, p.listPrice.amount from Part p where p.partNumber in :numbers",
                            Object[].class)
                    .setParameter("numbers", normalized)
                    .getResultList()
                    .forEach(r -> byNormalized.put((String) r[0], (BigDecimal) r[1]));
        }
        Map<String, BigDecimal> prices = new HashMap<>();
        for (String n : partNumbers) {
            BigDecimal price = byNormalized.get(PartNumber.normalize(n));
            if (price == null) {
                parts.require(n); // throws the catalog's not-found
            }
            prices.put(n, price);
        }
        return prices;
    }

    /** The part and every part that superseded it, oldest first. */
    public List<PartView> chainOf(String partNumber) {
        return parts.require(partNumber).chain().stream().map(PartView::of).toList();
    }

    /**
     * Records what replaces a part: one part (a link of a chain) or a kit of several parts shipped together.
     * A kit naming an unknown part, a part twice, or one part only is refused as invalid input naming the field
     * ({@code kit[1].partNumber}, {@code kit}); a cycle through any part or kit as a rule violation. Like every
     * change here, it is refused when {@code seen} (the part as the caller last saw it; null: any) is stale.
     */
    public PartView supersede(String partNumber, @Valid @NotNull Supersession supersession, PartView seen) {
        boolean named = supersession.supersededBy() != null
                && !supersession.supersededBy().isBlank();
        if (supersession.isKit() && named) {
            throw new InvalidInputException(
                    "supersededBy", "name either the one part that replaces this one or the parts of a kit, not both");
        }
        if (!supersession.isKit() && !named) {
            throw new InvalidInputException("supersededBy", "the superseding part number is required");
        }
        Part old = current(partNumber, seen);
        String before = replacement(old);
        if (supersession.isKit()) {
            old.supersedeWithKit(kitMembers(supersession.kit()), supersession.interchangeability());
        } else {
            old.supersedeWith(parts.require(supersession.supersededBy()), supersession.interchangeability());
        }
        audit(old, "superseded by", before, replacement(old));
        return PartView.of(old);
    }

    /** "BD-2 (one-way)" or "kit DOOR-2 + 2 × PIN-1 (one-way)"; null when nothing replaces the part. */
    private static String replacement(Part part) {
        return part.interchangeability()
                .map(how -> part.kit()
                                .map(kit -> "kit " + kit.label())
                                .orElseGet(
                                        () -> part.supersededBy().orElseThrow().partNumber())
                        + " (" + interchangeably(how) + ")")
                .orElse(null);
    }

    /** The kit's parts by number, in the given order; each must be in the catalog, and named once. */
    private Map<Part, Integer> kitMembers(List<Supersession.Member> members) {
        Map<Part, Integer> kit = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        if (members.size() < 2) {
            throw new InvalidInputException(
                    "kit", "a kit has two or more different parts; for one part, name it as supersededBy");
        }
        for (int i = 0; i < members.size(); i++) {
            String field = "kit[" + i + "].partNumber";
            String number;
            try {
                number = PartNumber.normalize(members.get(i).partNumber());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(field, e.getMessage());
            }
            if (!seen.add(number)) {
                throw new InvalidInputException(field, number + " is named twice in the kit");
            }
            Part member = parts.byNumber(number)
                    .orElseThrow(() -> new InvalidInputException(
                            field, "no part " + number + " in the catalog: add it before putting it in a kit"));
            kit.put(member, members.get(i).quantity());
        }
        return kit;
    }

    public PartView reprice(String partNumber, @Valid @NotNull NewPrice price, PartView seen) {
        Part part = current(partNumber, seen);
        Money before = part.listPrice();
        String currency = price.currency() == null ? before.currency() : price.currency();
        part.reprice(Money.of(price.listPrice(), currency));
        audit(part, "list price", before.amount() + " " + before.currency(), price.listPrice() + " " + currency);
        return PartView.of(part);
    }

    public PartView count(String partNumber, @Valid @NotNull StockCount count, PartView seen) {
        Part part = current(partNumber, seen);
        int before = part.stockOnHand();
        part.changeStock(count.stockOnHand());
        audit(part, "stock on hand", before, count.stockOnHand());
        return PartView.of(part);
    }

    public PartView move(String partNumber, @Valid @NotNull LifecycleChange change, PartView seen) {
        Part part = current(partNumber, seen);
        PartLifecycle before = part.lifecycle();
        part.moveTo(change.lifecycle());
        audit(part, "lifecycle", before, change.lifecycle());
        return PartView.of(part);
    }

    /**
     * The part to change, refused when the caller's view of it ({@code seen}) is no longer what it is: two admins
     * editing one part, the second is told who changed it instead of silently undoing that change. Two changes
     * from the same view at the same moment both pass here; the part's version lets one of them commit.
     */
    private Part current(String partNumber, PartView seen) {
        Part part = parts.require(partNumber);
        if (seen != null && !seen.equals(PartView.of(part))) {
            throw changes.changedSince(ChangeSubject.PART, part.partNumber());
        }
        return part;
    }

    /** Who changed what on a part: the catalog's trail, written in this transaction (see {@link ChangeLog}). */
    private void audit(Part part, String what, Object before, Object after) {
        changes.part(part.partNumber(), what, before, after, me());
    }

    private static String interchangeably(Interchangeability how) {
        return how == Interchangeability.TWO_WAY ? "two-way" : "one-way";
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    /**
     * Parts whose number or description, or a model they fit, matches the text (case-insensitive): anywhere in it
     * on PostgreSQL, at its start on H2 (see {@link PartSearch}); an exact part number first, then by number.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // it only reads: no transaction to begin and commit
    public Page<PartView> search(String text, PageRequest page) {
        if (text == null || text.isBlank() || text.length() > 80) {
            throw new InvalidInputException("q", "search text of 1 to 80 characters is required");
        }
        PartSearch.Found found = search.find(text.trim(), page.offset(), page.size());
        // a part replaced by a kit (rare) is read whole, for its kit, through the bean so that its own transaction
        // keeps the kit loadable (this method runs without one); the others come from the search's one query
        return Page.of(found.parts(), page, found.total())
                .map(p -> p.replacedByKit()
                        ? caller.getBusinessObject(Parts.class).byNumber(p.partNumber())
                        : new PartView(
                                p.partNumber(),
                                p.description(),
                                p.listPrice(),
                                p.currency(),
                                p.lifecycle(),
                                p.stockOnHand(),
                                p.lifecycle().isOrderable(p.stockOnHand()),
                                p.supersededBy(),
                                p.interchangeability()));
    }
}

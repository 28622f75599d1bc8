package com.partsbridge.catalog.fitment.control;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Kit;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.kernel.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a unit's fitments, their parts and the parts' supersession chains as plain rows: the fits-my-unit
 * lookup's hot path. One query for the fitments with their parts and each part's successor; only a chain longer
 * than two parts needs another query per further level (of all such chains together). Walking lazy entity links
 * instead cost a proxy per part and a select per batch; reading successors in a second query (with a list
 * parameter, which Hibernate translates anew for each length) was a sixth of each lookup in a profile.
 *
 * <p>The model is found by a scalar subquery on its code, so that the fitments are read through their index
 * on (model, serial) whatever the join order: with {@code f.model.code} and an outer join to the successor, H2
 * read the fitments before the model, a scan of all five million at bench scale.
 */
@Dependent
public class FitmentRows {

    /** Chains longer than this are data errors, not engineering history (as {@code Part} says). */
    static final int MAX_CHAIN_LENGTH = 32;

    private static final String PART_COLUMNS = columns("p");

    /** The columns of a part row, of the part with this alias. */
    private static String columns(String p) {
        return ("""
                p.id, p.partNumber, p.description, p.listPrice.amount, p.listPrice.currency, p.lifecycle,
                p.stockOnHand, p.supersededBy.id, p.interchangeability, p.kitSize""").replace("p.", p + ".");
    }

    private static final int PART_WIDTH = 10;

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /** The fitments of a model whose serial range holds the (normalized) serial, by position. */
    public List<FitmentRow> ofUnit(String modelCode, String serial) {
        List<Object[]> rows = em.createQuery(
                        "select f.id, f.position, f.serialFrom, f.serialTo, " + PART_COLUMNS + ", " + columns("s")
                                + """
                         from Fitment f join f.part p left join p.supersededBy s
                        where f.model.id = (select m.id from ProductModel m where m.code = :code)
                          and f.serialFrom <= :serial and f.serialTo >= :serial
                          and length(f.serialFrom) = :width
                        order by f.position, f.id""",
                        Object[].class)
                .setParameter("code", modelCode)
                .setParameter("serial", serial)
                .setParameter("width", serial.length())
                .getResultList();
        Map<Long, PartRow> parts = new HashMap<>();
        for (Object[] r : rows) {
            PartRow part = part(r, 4);
            parts.put(part.id(), part);
            if (r[4 + PART_WIDTH] != null) {
                PartRow successor = part(r, 4 + PART_WIDTH);
                parts.put(successor.id(), successor);
            }
        }
        readSuccessors(parts);
        readKits(parts);
        List<FitmentRow> fitments = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            fitments.add(new FitmentRow(
                    (Long) r[0], (String) r[1], (String) r[2], (String) r[3], chain(parts.get((Long) r[4]), parts)));
        }
        return fitments;
    }

    /** Adds every part that supersedes a known one, a level of all the chains per query. */
    private void readSuccessors(Map<Long, PartRow> parts) {
        for (int level = 0; level < MAX_CHAIN_LENGTH; level++) {
            Set<Long> missing = new HashSet<>();
            for (PartRow p : parts.values()) {
                if (p.supersededById() != null && !parts.containsKey(p.supersededById())) {
                    missing.add(p.supersededById());
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            em.createQuery("select " + PART_COLUMNS + " from Part p where p.id in :ids", Object[].class)
                    .setParameter("ids", missing)
                    .getResultList()
                    .forEach(r -> {
                        PartRow part = part(r, 0);
                        parts.put(part.id(), part);
                    });
        }
    }

    /**
     * Adds the kit to each part a kit replaced, in one query for all of them; none when no part read has a kit
     * (the usual lookup).
     */
    private void readKits(Map<Long, PartRow> parts) {
        List<Long> withKit = parts.values().stream()
                .filter(p -> p.kitSize() > 0)
                .map(PartRow::id)
                .toList();
        if (withKit.isEmpty()) {
            return;
        }
        Map<Long, List<Kit.Member>> members = new HashMap<>();
        em.createQuery("""
                        select p.id, m.partNumber, m.description, k.quantity, m.listPrice.amount, m.listPrice.currency,
                               m.lifecycle, m.stockOnHand
                        from Part p join p.kit k join k.part m
                        where p.id in :ids
                        order by p.id, index(k)""", Object[].class)
                .setParameter("ids", withKit)
                .getResultList()
                .forEach(r -> members.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add(new Kit.Member(
                                (String) r[1],
                                (String) r[2],
                                (Integer) r[3],
                                Money.of((BigDecimal) r[4], (String) r[5]),
                                (PartLifecycle) r[6],
                                (Integer) r[7])));
        members.forEach((id, kit) -> {
            if (kit.size() >= 2) {
                parts.put(id, parts.get(id).withKit(new Kit(kit)));
            }
        });
    }

    private static List<PartRow> chain(PartRow first, Map<Long, PartRow> parts) {
        List<PartRow> chain = new ArrayList<>(2);
        for (PartRow p = first; p != null; p = p.supersededById() == null ? null : parts.get(p.supersededById())) {
            if (chain.size() == MAX_CHAIN_LENGTH) {
                throw new IllegalStateException("supersession chain of " + first.partNumber() + " is longer than "
                        + MAX_CHAIN_LENGTH + " links");
            }
            chain.add(p);
        }
        return List.copyOf(chain);
    }

    private static PartRow part(Object[] r, int at) {
        return new PartRow(
                (Long) r[at],
                (String) r[at + 1],
                (String) r[at + 2],
                (BigDecimal) r[at + 3],
                (String) r[at + 4],
                (PartLifecycle) r[at + 5],
                (Integer) r[at + 6],
                (Long) r[at + 7],
                (Interchangeability) r[at + 8],
                (Integer) r[at + 9],
                null);
    }
}

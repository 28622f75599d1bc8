package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.Kit;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the outside world sees of a kit that supersedes a part: its members, and the kit's own price (the sum),
 * stock (whole kits) and whether it ships (every member does); see {@link Kit}.
 *
 * @param label the kit in words, e.g. "DOOR-2 + 2 × PIN-1"
 */
public record KitView(
        String label, List<Member> members, BigDecimal listPrice, String currency, int stockOnHand, boolean orderable)
        implements Serializable {

    public record Member(
            String partNumber,
            String description,
            int quantity,
            BigDecimal listPrice,
            PartLifecycle lifecycle,
            int stockOnHand,
            boolean orderable)
            implements Serializable {}

    public static KitView of(Kit kit) {
        return new KitView(
                kit.label(),
                kit.members().stream()
                        .map(m -> new Member(
                                m.partNumber(),
                                m.description(),
                                m.quantity(),
                                m.listPrice().amount(),
                                m.lifecycle(),
                                m.stockOnHand(),
                                m.isShippable()))
                        .toList(),
                kit.listPrice().amount(),
                kit.listPrice().currency(),
                kit.stockOnHand(),
                kit.isShippable());
    }

    /** The members' part numbers, in the kit's order. */
    public List<String> partNumbers() {
        return members.stream().map(Member::partNumber).toList();
    }
}

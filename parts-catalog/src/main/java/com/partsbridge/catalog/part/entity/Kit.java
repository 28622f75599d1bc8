package com.partsbridge.catalog.part.entity;

import com.partsbridge.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A set of parts that ship together in place of one superseded part (1:N supersession), e.g. a door and two
 * hinge pins. Its rules: the stock of a kit is the number of whole kits the members' stock makes (the least,
 * over members, of stock divided by quantity, rounded down); its price is the sum of its members' prices times
 * their quantities; it ships only when every member does.
 *
 * @param members two or more different parts, each with its quantity, in the order the admin gave them
 */
public record Kit(List<Member> members) {

    /** One part of a kit and how many of it ship per kit, with what the catalog says of it now. */
    public record Member(
            String partNumber,
            String description,
            int quantity,
            Money listPrice,
            PartLifecycle lifecycle,
            int stockOnHand) {

        public static Member of(Part part, int quantity) {
            return new Member(
                    part.partNumber(),
                    part.description(),
                    quantity,
                    part.listPrice(),
                    part.lifecycle(),
                    part.stockOnHand());
        }

        /** Whether this member can ship now or soon in its quantity: made, or enough in stock for a kit. */
        public boolean isShippable() {
            return lifecycle == PartLifecycle.ACTIVE || stockOnHand >= quantity;
        }

        /** "PIN-1" for one, "2 × PIN-1" for more. */
        public String label() {
            return quantity == 1 ? partNumber : quantity + " × " + partNumber;
        }
    }

    public Kit {
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a kit has two or more members");
        }
    }

    /** Whole kits the members' stock makes: min over members of floor(stock / quantity). */
    public int stockOnHand() {
        return members.stream()
                .mapToInt(m -> m.stockOnHand() / m.quantity())
                .min()
                .orElse(0);
    }

    /** The sum of each member's list price times its quantity (members share one currency, see Part). */
    public Money listPrice() {
        Money sum = Money.zero(members.get(0).listPrice().currency());
        for (Member m : members) {
            sum = sum.plus(m.listPrice().times(BigDecimal.valueOf(m.quantity())));
        }
        return sum;
    }

    /** A kit ships only if every member does. */
    public boolean isShippable() {
        return members.stream().allMatch(Member::isShippable);
    }

    /** "DOOR-2 + 2 × PIN-1": the kit in words, as pages and the RMA line show it. */
    public String label() {
        return members.stream().map(Member::label).collect(Collectors.joining(" + "));
    }

    public List<String> partNumbers() {
        return members.stream().map(Member::partNumber).toList();
    }
}

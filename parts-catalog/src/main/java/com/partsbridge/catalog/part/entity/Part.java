package com.partsbridge.catalog.part.entity;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.RuleViolationException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A replacement part, its lifecycle and stock, and what supersedes it, if anything: one part (a link of a
 * 1:1 chain) or a kit of several parts that ship together (1:N, see {@link Kit}), never both.
 */
@Entity
@Table(name = "cat_part")
public class Part {

    /** Chains longer than this are data errors, not engineering history. */
    static final int MAX_CHAIN_LENGTH = 32;

    @Id
    @SequenceGenerator(name = "cat_part_seq", sequenceName = "cat_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cat_part_seq")
    private Long id;

    @Column(name = "part_number", nullable = false, unique = true, length = 40)
    private String partNumber;

    @Column(nullable = false, length = 200)
    private String description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "list_price", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money listPrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartLifecycle lifecycle = PartLifecycle.ACTIVE;

    @Column(name = "stock_on_hand", nullable = false)
    private int stockOnHand;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private Part supersededBy;

    /** The kit that supersedes this part, in the admin's order; empty unless a kit replaced it. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cat_kit_member", joinColumns = @JoinColumn(name = "part_id"))
    @OrderColumn(name = "member_no")
    private List<KitMember> kit = new ArrayList<>();

    /** How many parts the kit that supersedes this part has (0: none), so a lookup reads kits only when some exist. */
    @Column(name = "kit_size", nullable = false)
    private int kitSize;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Interchangeability interchangeability;

    @Version
    private long version;

    protected Part() {
        // for JPA
    }

    public Part(String partNumber, String description, Money listPrice, int stockOnHand) {
        this.partNumber = PartNumber.normalize(partNumber);
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "a description is required");
        }
        this.description = description.trim();
        if (listPrice == null) {
            throw new InvalidInputException("price", "a list price is required");
        }
        this.listPrice = listPrice;
        changeStock(stockOnHand);
    }

    public void reprice(Money newPrice) {
        if (newPrice == null) {
            throw new InvalidInputException("listPrice", "a list price is required");
        }
        this.listPrice = newPrice;
    }

    public void changeStock(int onHand) {
        if (onHand < 0) {
            throw new InvalidInputException("stockOnHand", "stock on hand cannot be negative");
        }
        this.stockOnHand = onHand;
    }

    public void moveTo(PartLifecycle next) {
        if (next == null) {
            throw new InvalidInputException("lifecycle", "a lifecycle is required");
        }
        if (lifecycle == PartLifecycle.DISCONTINUED && next != PartLifecycle.DISCONTINUED) {
            throw new ConflictException(
                    "part-discontinued", "part " + partNumber + " is discontinued and cannot return to " + next);
        }
        this.lifecycle = next;
    }

    /**
     * Records that {@code newer} replaces this part. Refuses a link that would close a cycle (through other
     * parts or the members of kits), and a second, different successor (a chain forks nowhere).
     */
    public void supersedeWith(Part newer, Interchangeability how) {
        if (newer == null || how == null) {
            throw new InvalidInputException(
                    newer == null ? "supersededBy" : "interchangeability",
                    "both the superseding part and the interchangeability are required");
        }
        if (!kit.isEmpty()) {
            throw new ConflictException(
                    "already-superseded",
                    partNumber + " is already superseded by the kit "
                            + kit().orElseThrow().label());
        }
        // accessors, not fields, on other parts: they may be lazy proxies whose own fields are empty
        if (supersededBy != null && !supersededBy.partNumber().equals(newer.partNumber())) {
            throw new ConflictException(
                    "already-superseded", partNumber + " is already superseded by " + supersededBy.partNumber());
        }
        if (newer.partNumber().equals(partNumber) || newer.leadsTo(partNumber)) {
            throw new RuleViolationException(
                    "supersession-cycle",
                    newer.partNumber() + " cannot supersede " + partNumber + ": " + partNumber
                            + " already supersedes it, directly or through other parts",
                    "supersededBy");
        }
        this.supersededBy = newer;
        this.interchangeability = how;
    }

    /**
     * Records that a kit, these parts with these quantities shipped together, replaces this part; a kit given
     * again replaces the previous definition. Refuses, naming the field {@code kit}: fewer than two members, a
     * member twice, a quantity outside 1 to 99, members priced in different currencies, and a member that
     * this part already supersedes, directly or through other parts or kits (a cycle).
     */
    public void supersedeWithKit(Map<Part, Integer> members, Interchangeability how) {
        if (how == null) {
            throw new InvalidInputException("interchangeability", "interchangeability is ONE_WAY or TWO_WAY");
        }
        if (members == null || members.size() < 2) {
            throw new InvalidInputException(
                    "kit", "a kit has two or more different parts; for one part, name it as supersededBy");
        }
        if (supersededBy != null) {
            throw new ConflictException(
                    "already-superseded", partNumber + " is already superseded by " + supersededBy.partNumber());
        }
        Set<String> numbers = new HashSet<>();
        String currency = null;
        for (var member : members.entrySet()) {
            Part part = member.getKey();
            int quantity = member.getValue();
            if (!numbers.add(part.partNumber())) {
                throw new InvalidInputException("kit", part.partNumber() + " is named twice in the kit");
            }
            if (quantity < 1 || quantity > KitMember.MAX_QUANTITY) {
                throw new InvalidInputException(
                        "kit", "the quantity of " + part.partNumber() + " is between 1 and " + KitMember.MAX_QUANTITY);
            }
            if (currency != null && !currency.equals(part.listPrice().currency())) {
                throw new InvalidInputException(
                        "kit",
                        "the parts of a kit are priced in one currency; " + part.partNumber() + " is in "
                                + part.listPrice().currency() + ", not " + currency);
            }
            currency = part.listPrice().currency();
            if (part.partNumber().equals(partNumber) || part.leadsTo(partNumber)) {
                throw new RuleViolationException(
                        "supersession-cycle",
                        part.partNumber() + " cannot be in the kit that supersedes " + partNumber + ": " + partNumber
                                + " already supersedes it, directly or through other parts or kits",
                        "kit");
            }
        }
        kit.clear();
        members.forEach((part, quantity) -> kit.add(new KitMember(part, quantity)));
        this.kitSize = kit.size();
        this.interchangeability = how;
    }

    /**
     * Whether the part numbered {@code target} supersedes this part, directly or through other parts or the
     * members of kits: a walk over both kinds of link, so that no cycle can pass through a kit.
     */
    public boolean leadsTo(String target) {
        Set<String> seen = new HashSet<>();
        Deque<Part> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Part p = todo.pop();
            if (!seen.add(p.partNumber())) {
                continue;
            }
            if (seen.size() > MAX_CHAIN_LENGTH * 8) {
                throw new IllegalStateException("supersession graph of " + partNumber + " is too large");
            }
            for (Part next : p.successors()) {
                if (next.partNumber().equals(target)) {
                    return true;
                }
                todo.push(next);
            }
        }
        return false;
    }

    /** The parts that directly supersede this one: its successor, or its kit's members. */
    public List<Part> successors() {
        List<Part> next = new ArrayList<>();
        supersededBy().ifPresent(next::add);
        kitMembers().forEach(m -> next.add(m.part()));
        return next;
    }

    /** This part followed by each part that superseded it, oldest first. */
    public List<Part> chain() {
        List<Part> chain = new ArrayList<>();
        for (Part p = this; p != null; p = p.supersededBy().orElse(null)) {
            if (chain.size() == MAX_CHAIN_LENGTH) {
                throw new IllegalStateException(
                        "supersession chain of " + partNumber + " is longer than " + MAX_CHAIN_LENGTH + " links");
            }
            chain.add(p);
        }
        return chain;
    }

    /** Whether we can ship it now or soon (see {@link PartLifecycle#isOrderable}). */
    public boolean isOrderable() {
        return lifecycle.isOrderable(stockOnHand);
    }

    public Long id() {
        return id;
    }

    public String partNumber() {
        return partNumber;
    }

    public String description() {
        return description;
    }

    public Money listPrice() {
        return listPrice;
    }

    public PartLifecycle lifecycle() {
        return lifecycle;
    }

    public int stockOnHand() {
        return stockOnHand;
    }

    public Optional<Part> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    /** The kit that supersedes this part, with what the catalog says of its members now; empty when none does. */
    public Optional<Kit> kit() {
        List<KitMember> members = kitMembers();
        if (members.isEmpty()) { // a part without a kit does not read the kit table
            return Optional.empty();
        }
        return Optional.of(new Kit(
                members.stream().map(m -> Kit.Member.of(m.part(), m.quantity())).toList()));
    }

    /** The members of the kit that supersedes this part; empty when none does. */
    public List<KitMember> kitMembers() {
        return kitSize == 0 || kit == null ? List.of() : List.copyOf(kit);
    }

    public int kitSize() {
        return kitSize;
    }

    /** How this part and its successor stand in for each other; empty when nothing supersedes it. */
    public Optional<Interchangeability> interchangeability() {
        return Optional.ofNullable(interchangeability);
    }
}

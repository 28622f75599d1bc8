package com.partsbridge.catalog.part.entity;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.RuleViolationException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A replacement part, its lifecycle and stock, and the part that supersedes it, if any. */
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
     * Records that {@code newer} replaces this part. Refuses a link that would close a cycle, and a second,
     * different successor (a chain forks nowhere).
     */
    public void supersedeWith(Part newer, Interchangeability how) {
        if (newer == null || how == null) {
            throw new InvalidInputException(
                    newer == null ? "supersededBy" : "interchangeability",
                    "both the superseding part and the interchangeability are required");
        }
        // accessors, not fields, on other parts: they may be lazy proxies whose own fields are empty
        if (supersededBy != null && !supersededBy.partNumber().equals(newer.partNumber())) {
            throw new ConflictException(
                    "already-superseded", partNumber + " is already superseded by " + supersededBy.partNumber());
        }
        for (Part p : newer.chain()) {
            if (p.partNumber().equals(partNumber)) {
                throw new RuleViolationException(
                        "supersession-cycle",
                        newer.partNumber() + " cannot supersede " + partNumber + ": " + partNumber
                                + " already supersedes it, directly or through other parts");
            }
        }
        this.supersededBy = newer;
        this.interchangeability = how;
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

    /** How this part and its successor stand in for each other; empty when nothing supersedes it. */
    public Optional<Interchangeability> interchangeability() {
        return Optional.ofNullable(interchangeability);
    }
}

package com.partsbridge.rma.rma.entity;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A requested part and what we approved to ship for it (after supersession): one part, or the parts of the kit
 * that superseded it (then {@code approvedPart} holds the kit in words, "DOOR-2 + 2 × PIN-1", and
 * {@link #kitParts} its parts, each scanned at the shipment gate).
 */
@Entity
@Table(name = "rma_line")
public class RmaLine {

    @Id
    @SequenceGenerator(name = "rma_line_seq", sequenceName = "rma_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rma_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rma_id", nullable = false)
    private Rma rma;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "requested_part", nullable = false, length = 40)
    private String requestedPart;

    @Column(name = "approved_part", nullable = false, length = 200)
    private String approvedPart;

    /** The kit's parts when a kit ships for this line, in the catalog's order; empty for one part. */
    @ElementCollection
    @CollectionTable(name = "rma_line_kit_part", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "part_no")
    private List<KitPart> kitParts = new ArrayList<>();

    /** How many parts {@link #kitParts} has (0: one part ships), so lists of RMAs read no kit table for them. */
    @Column(name = "kit_size", nullable = false)
    private int kitSize;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReturnReason reason;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "unit_price", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money unitPrice;

    @Column(name = "shipped_serial", length = SerialOrLot.MAX)
    private String shippedSerial;

    @Column(name = "returned_serial", length = SerialOrLot.MAX)
    private String returnedSerial;

    /** How this line is put right (see {@link Resolution}); null until approved. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Resolution resolution;

    /** The part's list price each when the resolution was chosen, in the line's currency (the money rules' base). */
    @Column(name = "value_each", precision = 12, scale = 2)
    private BigDecimal valueEach;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Settlement settlement;

    @Column(name = "settled_amount", precision = 12, scale = 2)
    private BigDecimal settledAmount;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected RmaLine() {
        // for JPA
    }

    public RmaLine(String requestedPart, String approvedPart, int quantity, ReturnReason reason, Money unitPrice) {
        if (quantity < 1 || quantity > 20) {
            throw new InvalidInputException("quantity", "a quantity is between 1 and 20");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "a reason is required: DEFECTIVE, DAMAGED, MISSING or WORN_OUT");
        }
        this.requestedPart = requestedPart;
        this.approvedPart = approvedPart;
        this.quantity = quantity;
        this.reason = reason;
        this.unitPrice = unitPrice;
    }

    /** A line for which a kit ships: {@code kitParts} are its parts (two or more), each with its quantity per kit. */
    public RmaLine(String requestedPart, List<KitPart> kitParts, int quantity, ReturnReason reason, Money kitPrice) {
        this(requestedPart, label(kitParts), quantity, reason, kitPrice);
        if (kitParts.size() < 2) {
            throw new InvalidInputException("kit", "a kit has two or more parts");
        }
        this.kitParts.addAll(kitParts);
        this.kitSize = kitParts.size();
    }

    /** "DOOR-2 + 2 × PIN-1". */
    public static String label(List<KitPart> parts) {
        return parts.stream()
                .map(p -> p.quantity() == 1 ? p.partNumber() : p.quantity() + " × " + p.partNumber())
                .collect(Collectors.joining(" + "));
    }

    /** Whether a kit of several parts ships for this line. */
    public boolean shipsKit() {
        return kitSize > 0;
    }

    /** The part numbers scanned at packing for this line: the approved part, or each part of the kit. */
    public List<String> partsToScan() {
        return shipsKit() ? kitParts.stream().map(KitPart::partNumber).toList() : List.of(approvedPart);
    }

    /**
     * Gate 2 for a kit line: what is wrong with these scans, in words, or empty when they are exactly the kit's
     * parts (in any order). A missing part and a part that is not in the kit are both wrong.
     */
    public Optional<String> kitScanProblem(List<String> scans) {
        List<String> expected = partsToScan();
        List<String> missing = new ArrayList<>(expected);
        List<String> foreign = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String scan : scans) {
            if (!seen.add(scan) || !missing.remove(scan)) {
                foreign.add(scan);
            }
        }
        if (missing.isEmpty() && foreign.isEmpty()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(String.join(", ", missing) + " not scanned");
        }
        if (!foreign.isEmpty()) {
            problems.add(String.join(", ", foreign) + " scanned but not in the kit");
        }
        return Optional.of(String.join("; ", problems));
    }

    public List<KitPart> kitParts() {
        return shipsKit() ? List.copyOf(kitParts) : List.of();
    }

    void belongTo(Rma rma, int lineNo) {
        this.rma = rma;
        this.lineNo = lineNo;
    }

    /** The serial or lot scanned on the part packed for this line (none for parts that carry none). */
    void recordShipped(Optional<String> serial) {
        this.shippedSerial = serial.orElse(null);
    }

    /** The serial or lot scanned on the old part that came back for this line. */
    void recordReturned(Optional<String> serial) {
        this.returnedSerial = serial.orElse(null);
    }

    /** Chooses how the line is put right, valued at the part's list price each (for the money rules). */
    void resolve(Resolution resolution, BigDecimal valueEach) {
        this.resolution = resolution;
        this.valueEach = valueEach;
    }

    /** The line's value: list price each times the quantity. */
    public Money value() {
        return Money.of(
                (valueEach == null ? BigDecimal.ZERO : valueEach).multiply(BigDecimal.valueOf(quantity)),
                unitPrice.currency());
    }

    /**
     * Records the money of the line's resolution, once: false (and nothing changes) when it was settled before,
     * so a timer or a request that comes twice never pays or charges twice.
     */
    boolean settle(Settlement how, Instant at) {
        if (settlement != null) {
            return false;
        }
        this.settlement = how;
        this.settledAmount = value().amount();
        this.settledAt = at;
        return true;
    }

    BigDecimal valueEach() {
        return valueEach;
    }

    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    public Optional<Settlement> settlement() {
        return Optional.ofNullable(settlement);
    }

    /** What was paid, charged or written off; present with {@link #settlement()}. */
    public Optional<Money> settled() {
        return settlement == null ? Optional.empty() : Optional.of(Money.of(settledAmount, unitPrice.currency()));
    }

    public Optional<Instant> settledAt() {
        return Optional.ofNullable(settledAt);
    }

    public Optional<String> shippedSerial() {
        return Optional.ofNullable(shippedSerial);
    }

    public Optional<String> returnedSerial() {
        return Optional.ofNullable(returnedSerial);
    }

    public int lineNo() {
        return lineNo;
    }

    public String requestedPart() {
        return requestedPart;
    }

    public String approvedPart() {
        return approvedPart;
    }

    public int quantity() {
        return quantity;
    }

    public ReturnReason reason() {
        return reason;
    }

    public Money unitPrice() {
        return unitPrice;
    }
}

package com.partsbridge.catalog.model.entity;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** A sellable product, e.g. the "Harmony 880" remote, and the dates of its life. */
@Entity
@Table(name = "cat_product_model")
public class ProductModel {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    @Id
    @SequenceGenerator(name = "cat_product_model_seq", sequenceName = "cat_product_model_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cat_product_model_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 80)
    private String family;

    @Column(name = "launched_on", nullable = false)
    private LocalDate launchedOn;

    @Column(name = "discontinued_on")
    private LocalDate discontinuedOn;

    @Column(name = "parts_support_until")
    private LocalDate partsSupportUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private ProductModel successor;

    @Version
    private long version;

    protected ProductModel() {
        // for JPA
    }

    public ProductModel(String code, String name, String family, LocalDate launchedOn) {
        this.code = normalizeCode(code);
        this.name = requireText("name", name);
        this.family = requireText("family", family);
        if (launchedOn == null) {
            throw new InvalidInputException("launchedOn", "a launch date is required");
        }
        this.launchedOn = launchedOn;
    }

    /** Model codes are compared upper-case without surrounding blanks: "harmony-880 " is HARMONY-880. */
    public static String normalizeCode(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase();
        if (!CODE.matcher(normalized).matches()) {
            throw new InvalidInputException(
                    "modelCode", "a model code is 2 to 40 letters, digits or dashes, e.g. HARMONY-880");
        }
        return normalized;
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.trim();
    }

    /**
     * Sets the dates of the model's life at once: launch, the end of sales (none: still sold) and the end of
     * promised parts support, which needs an end of sales before it.
     */
    public void reschedule(LocalDate launched, LocalDate discontinued, LocalDate supportUntil) {
        if (launched == null) {
            throw new InvalidInputException("launchedOn", "a launch date is required");
        }
        if (discontinued == null && supportUntil != null) {
            throw new InvalidInputException(
                    "partsSupportUntil",
                    "parts support is promised from the day a model is discontinued; give discontinuedOn too");
        }
        LocalDate launchedBefore = launchedOn;
        this.launchedOn = launched;
        if (discontinued == null) {
            this.discontinuedOn = null;
            this.partsSupportUntil = null;
            return;
        }
        try {
            discontinue(discontinued, supportUntil);
        } catch (RuntimeException e) {
            this.launchedOn = launchedBefore; // the transaction rolls back too; this keeps the entity honest
            throw e;
        }
    }

    /** Stops sales on a day; parts stay promised until {@code partsSupportUntil}. */
    public void discontinue(LocalDate on, LocalDate partsSupportUntil) {
        if (on == null) {
            throw new InvalidInputException("discontinuedOn", "a discontinuation date is required");
        }
        if (on.isBefore(launchedOn)) {
            throw new RuleViolationException(
                    "discontinued-before-launch",
                    "a model cannot be discontinued before its launch on " + launchedOn,
                    "discontinuedOn");
        }
        if (partsSupportUntil != null && partsSupportUntil.isBefore(on)) {
            throw new RuleViolationException(
                    "support-ends-before-discontinuation",
                    "parts support cannot end before the model is discontinued",
                    "partsSupportUntil");
        }
        this.discontinuedOn = on;
        this.partsSupportUntil = partsSupportUntil;
    }

    /** Names the model that replaces this one, e.g. for trade-ins. */
    public void succeededBy(ProductModel next) {
        if (next == null) {
            this.successor = null;
            return;
        }
        // accessors, not fields: a successor may be a lazy proxy whose own fields are empty
        for (ProductModel m = next; m != null; m = m.successor().orElse(null)) {
            if (m == this || m.code().equals(code)) {
                throw new RuleViolationException(
                        "successor-cycle",
                        "model " + next.code() + " cannot succeed " + code + ": that would make a cycle",
                        "successorCode");
            }
        }
        this.successor = next;
    }

    public ModelLifecycle lifecycleOn(LocalDate day) {
        if (discontinuedOn == null || day.isBefore(discontinuedOn)) {
            return ModelLifecycle.ACTIVE;
        }
        if (partsSupportUntil != null && day.isAfter(partsSupportUntil)) {
            return ModelLifecycle.PARTS_SUPPORT_ENDED;
        }
        return ModelLifecycle.DISCONTINUED;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String family() {
        return family;
    }

    public LocalDate launchedOn() {
        return launchedOn;
    }

    public Optional<LocalDate> discontinuedOn() {
        return Optional.ofNullable(discontinuedOn);
    }

    public Optional<LocalDate> partsSupportUntil() {
        return Optional.ofNullable(partsSupportUntil);
    }

    public Optional<ProductModel> successor() {
        return Optional.ofNullable(successor);
    }
}

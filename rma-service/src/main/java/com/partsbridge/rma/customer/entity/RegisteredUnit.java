package com.partsbridge.rma.customer.entity;

import com.partsbridge.kernel.InvalidInputException;
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
import java.time.LocalDate;

/** A unit a customer owns: model, serial, when it was bought and the proof of it. */
@Entity
@Table(name = "rma_registered_unit")
public class RegisteredUnit {

    @Id
    @SequenceGenerator(name = "rma_unit_seq", sequenceName = "rma_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rma_unit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer owner;

    @Column(name = "model_code", nullable = false, length = 40)
    private String modelCode;

    @Column(nullable = false, length = 40)
    private String serial;

    @Column(name = "purchased_on", nullable = false)
    private LocalDate purchasedOn;

    @Column(name = "proof_of_purchase", length = 80)
    private String proofOfPurchase;

    protected RegisteredUnit() {
        // for JPA
    }

    /** Model code and serial must already be normalized by the catalog. */
    public RegisteredUnit(
            Customer owner,
            String modelCode,
            String serial,
            LocalDate purchasedOn,
            String proofOfPurchase,
            LocalDate today) {
        if (purchasedOn == null) {
            throw new InvalidInputException("purchasedOn", "the purchase date is required");
        }
        if (purchasedOn.isAfter(today)) {
            throw new InvalidInputException("purchasedOn", "the purchase date cannot be in the future");
        }
        this.owner = owner;
        this.modelCode = modelCode;
        this.serial = serial;
        this.purchasedOn = purchasedOn;
        this.proofOfPurchase = proofOfPurchase == null || proofOfPurchase.isBlank() ? null : proofOfPurchase.trim();
    }

    public boolean isOwnedBy(String username) {
        return owner.username().equals(username);
    }

    public Long id() {
        return id;
    }

    public Customer owner() {
        return owner;
    }

    public String modelCode() {
        return modelCode;
    }

    public String serial() {
        return serial;
    }

    public LocalDate purchasedOn() {
        return purchasedOn;
    }

    public String proofOfPurchase() {
        return proofOfPurchase;
    }
}

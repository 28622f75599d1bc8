package com.partsbridge.rma.rma.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A part of the kit an RMA line ships (the catalog superseded the requested part by a kit), and how many of it
 * go in each kit. The line keeps its own copy: the catalog may change the kit later, what was approved stays.
 */
@Embeddable
public class KitPart {

    @Column(name = "part_number", nullable = false, length = 40)
    private String partNumber;

    @Column(nullable = false)
    private int quantity;

    protected KitPart() {
        // for JPA
    }

    public KitPart(String partNumber, int quantity) {
        this.partNumber = Objects.requireNonNull(partNumber);
        this.quantity = quantity;
    }

    public String partNumber() {
        return partNumber;
    }

    public int quantity() {
        return quantity;
    }
}

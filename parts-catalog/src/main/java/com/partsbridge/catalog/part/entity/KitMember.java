package com.partsbridge.catalog.part.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A part of the kit that supersedes another part, and how many of it ship per kit (see {@link Kit}). */
@Embeddable
public class KitMember {

    static final int MAX_QUANTITY = 99;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Part part;

    @Column(nullable = false)
    private int quantity;

    protected KitMember() {
        // for JPA
    }

    KitMember(Part part, int quantity) {
        this.part = part;
        this.quantity = quantity;
    }

    public Part part() {
        return part;
    }

    public int quantity() {
        return quantity;
    }
}

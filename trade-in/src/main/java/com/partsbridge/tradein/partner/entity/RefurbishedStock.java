package com.partsbridge.tradein.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Our own refurbished parts, recovered from returns and trade-ins. */
@Entity
@Table(name = "trd_refurbished")
public class RefurbishedStock {

    @Id
    @SequenceGenerator(name = "trd_refurbished_seq", sequenceName = "trd_refurbished_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_refurbished_seq")
    private Long id;

    @Column(name = "our_part_number", nullable = false, unique = true, length = 40)
    private String ourPartNumber;

    @Embedded
    private SupplyTerms terms;

    protected RefurbishedStock() {
        // for JPA
    }

    public RefurbishedStock(String ourPartNumber, SupplyTerms terms) {
        this.ourPartNumber = ourPartNumber;
        this.terms = terms;
    }

    public String ourPartNumber() {
        return ourPartNumber;
    }

    public SupplyTerms terms() {
        return terms;
    }
}

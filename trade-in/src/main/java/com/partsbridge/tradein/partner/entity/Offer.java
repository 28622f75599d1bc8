package com.partsbridge.tradein.partner.entity;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A partner's part, mapped to our part number, with its terms. */
@Entity
@Table(name = "trd_offer")
public class Offer {

    /** Ids taken from trd_offer_seq at a time (its increment): entity inserts and feed batches share them. */
    public static final int ID_BLOCK = 50;

    @Id
    @SequenceGenerator(name = "trd_offer_seq", sequenceName = "trd_offer_seq", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_offer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(name = "partner_part_number", nullable = false, length = 60)
    private String partnerPartNumber;

    @Column(name = "our_part_number", nullable = false, length = 40)
    private String ourPartNumber;

    @Embedded
    private SupplyTerms terms;

    protected Offer() {
        // for JPA
    }

    public Offer(Partner partner, String partnerPartNumber, String ourPartNumber, SupplyTerms terms) {
        if (partnerPartNumber == null || partnerPartNumber.isBlank()) {
            throw new InvalidInputException("partnerPartNumber", "the partner's part number is required");
        }
        this.partner = partner;
        this.partnerPartNumber = partnerPartNumber.trim();
        this.ourPartNumber = ourPartNumber;
        this.terms = terms;
    }

    /** New terms or a new mapping from the partner; true if anything changed. */
    public boolean revise(String ourPartNumber, SupplyTerms terms) {
        if (!changes(this.ourPartNumber, this.terms, ourPartNumber, terms)) {
            return false;
        }
        this.ourPartNumber = ourPartNumber;
        this.terms = terms;
        return true;
    }

    /** Whether a partner's new mapping or terms change an offer that has these (the rule {@link #revise} applies). */
    public static boolean changes(
            String ourPartNumber, SupplyTerms terms, String newOurPartNumber, SupplyTerms newTerms) {
        return !(ourPartNumber.equals(newOurPartNumber) && terms.equals(newTerms));
    }

    public Long id() {
        return id;
    }

    public Partner partner() {
        return partner;
    }

    public String partnerPartNumber() {
        return partnerPartNumber;
    }

    public String ourPartNumber() {
        return ourPartNumber;
    }

    public SupplyTerms terms() {
        return terms;
    }
}

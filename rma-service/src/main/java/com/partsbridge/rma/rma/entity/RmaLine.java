package com.partsbridge.rma.rma.entity;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
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

/** A requested part and the part we approved to ship for it (after supersession). */
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

    @Column(name = "approved_part", nullable = false, length = 40)
    private String approvedPart;

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

    void belongTo(Rma rma, int lineNo) {
        this.rma = rma;
        this.lineNo = lineNo;
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

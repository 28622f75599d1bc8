package com.partsbridge.tradein.program.entity;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A credit toward the successor of a discontinued model: a base credit that loses a share each month of the
 * unit's age, never below a floor, times the condition grade.
 */
@Entity
@Table(name = "trd_program")
public class TradeInProgram {

    @Id
    @SequenceGenerator(name = "trd_program_seq", sequenceName = "trd_program_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_program_seq")
    private Long id;

    @Column(name = "model_code", nullable = false, unique = true, length = 40)
    private String modelCode;

    @Column(name = "successor_code", nullable = false, length = 40)
    private String successorCode;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "base_credit", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money baseCredit;

    @Column(name = "monthly_depreciation", nullable = false, precision = 5, scale = 4)
    private BigDecimal monthlyDepreciation;

    @Column(name = "floor_credit", nullable = false, precision = 12, scale = 2)
    private BigDecimal floorCredit;

    @Column(name = "quote_valid_days", nullable = false)
    private int quoteValidDays;

    protected TradeInProgram() {
        // for JPA
    }

    public TradeInProgram(
            String modelCode,
            String successorCode,
            Money baseCredit,
            BigDecimal monthlyDepreciation,
            BigDecimal floorCredit,
            int quoteValidDays) {
        if (monthlyDepreciation == null
                || monthlyDepreciation.signum() < 0
                || monthlyDepreciation.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidInputException("monthlyDepreciation", "a monthly depreciation is between 0 and 1");
        }
        if (floorCredit == null || floorCredit.signum() < 0 || floorCredit.compareTo(baseCredit.amount()) > 0) {
            throw new InvalidInputException("floorCredit", "the floor is between 0 and the base credit");
        }
        // 0 days: quotes for information only, which cannot be accepted
        if (quoteValidDays < 0 || quoteValidDays > 365) {
            throw new InvalidInputException("quoteValidDays", "a quote is valid for 0 to 365 days");
        }
        this.modelCode = modelCode;
        this.successorCode = successorCode;
        this.baseCredit = baseCredit;
        this.monthlyDepreciation = monthlyDepreciation;
        this.floorCredit = floorCredit;
        this.quoteValidDays = quoteValidDays;
    }

    /** The credit for a unit bought on {@code purchasedOn}, in {@code grade}, valued on {@code day}. */
    public Money creditFor(LocalDate purchasedOn, ConditionGrade grade, LocalDate day) {
        if (purchasedOn.isAfter(day)) {
            throw new InvalidInputException("purchasedOn", "the purchase date cannot be in the future");
        }
        long months = ChronoUnit.MONTHS.between(purchasedOn, day);
        BigDecimal kept = BigDecimal.ONE.subtract(monthlyDepreciation.multiply(BigDecimal.valueOf(months)));
        BigDecimal depreciated = baseCredit.amount().multiply(kept).max(floorCredit);
        return Money.of(
                depreciated.multiply(grade.multiplier()).setScale(2, RoundingMode.HALF_EVEN), baseCredit.currency());
    }

    public String modelCode() {
        return modelCode;
    }

    public String successorCode() {
        return successorCode;
    }

    public Money baseCredit() {
        return baseCredit;
    }

    public BigDecimal monthlyDepreciation() {
        return monthlyDepreciation;
    }

    public BigDecimal floorCredit() {
        return floorCredit;
    }

    public int quoteValidDays() {
        return quoteValidDays;
    }
}

package com.partsbridge.tradein.quote.boundary;

import com.partsbridge.tradein.program.entity.ConditionGrade;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * A customer asks what one of their registered units is worth toward the successor: {"unitId":1,"grade":"B"}.
 * Model, serial and purchase date come from the registration. The id is a decimal so that 1.5 or 1e30 is a 400
 * naming it (JSON-B would silently make a long of them); the grade is text so that "Z" is one too.
 */
public record NewQuote(
        @NotNull(message = "the registered unit to trade in is required")
        @Positive(message = "a unit id is a positive whole number")
        @Digits(integer = 18, fraction = 0, message = "a unit id is a positive whole number")
        BigDecimal unitId,

        @NotNull(message = "a condition grade is required: A, B, C or D")
        @Pattern(regexp = "[ABCDabcd]", message = "a condition grade is A, B, C or D")
        String grade) {

    /** The unit id once validated. */
    public long unit() {
        return unitId.longValueExact();
    }

    /** The grade once validated. */
    public ConditionGrade condition() {
        return ConditionGrade.valueOf(grade.toUpperCase());
    }
}

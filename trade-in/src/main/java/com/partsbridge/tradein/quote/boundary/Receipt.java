package com.partsbridge.tradein.quote.boundary;

import com.partsbridge.tradein.program.entity.ConditionGrade;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The condition a traded-in unit arrived in: {"grade":"C"}. Text, so that "Z" is a 400 naming the grade. */
public record Receipt(
        @NotNull(message = "the condition found is required: A, B, C or D")
        @Pattern(regexp = "\\s*[ABCDabcd]\\s*", message = "the condition found is A, B, C or D")
        String grade) {

    public ConditionGrade condition() {
        return ConditionGrade.valueOf(grade.trim().toUpperCase());
    }
}

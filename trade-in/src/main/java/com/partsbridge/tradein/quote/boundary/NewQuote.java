package com.partsbridge.tradein.quote.boundary;

import com.partsbridge.tradein.program.entity.ConditionGrade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A customer asks what their unit is worth toward the successor. */
public record NewQuote(
        @NotBlank(message = "the model code is required") String modelCode,
        @NotBlank(message = "the serial number is required") String serial,
        @NotNull(message = "the purchase date is required")
        @PastOrPresent(message = "the purchase date cannot be in the future") LocalDate purchasedOn,
        @NotNull(message = "a condition grade is required: A, B, C or D") ConditionGrade grade) {
}

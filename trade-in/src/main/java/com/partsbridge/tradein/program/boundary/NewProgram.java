package com.partsbridge.tradein.program.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A trade-in program for a discontinued model toward its successor. */
public record NewProgram(
        @NotBlank(message = "the discontinued model is required") String modelCode,
        @NotNull(message = "a base credit is required") @DecimalMin(value = "0.00", message = "a credit cannot be negative")
        BigDecimal baseCredit,
        @NotNull(message = "a monthly depreciation is required") BigDecimal monthlyDepreciation,
        @NotNull(message = "a floor credit is required") BigDecimal floorCredit,
        int quoteValidDays) {
}

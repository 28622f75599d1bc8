package com.partsbridge.tradein.program.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A trade-in program for a discontinued model toward its successor. The limits mirror trd_program's columns. */
public record NewProgram(
        @NotBlank(message = "the discontinued model is required")
        @Size(max = 40, message = "a model code has at most 40 characters")
        String modelCode,

        @NotNull(message = "a base credit is required")
        @DecimalMin(value = "0.00", message = "a credit cannot be negative")
        @Digits(integer = 10, fraction = 2, message = "a credit has at most 10 digits and 2 decimals")
        BigDecimal baseCredit,

        @NotNull(message = "a monthly depreciation is required")
        @Digits(integer = 1, fraction = 4, message = "a monthly depreciation has at most 4 decimals, e.g. 0.015")
        BigDecimal monthlyDepreciation,

        @NotNull(message = "a floor credit is required")
        @Digits(integer = 10, fraction = 2, message = "a floor credit has at most 10 digits and 2 decimals")
        BigDecimal floorCredit,

        @Min(value = 0, message = "a quote is valid for 0 to 365 days")
        @Max(value = 365, message = "a quote is valid for 0 to 365 days")
        int quoteValidDays) {}

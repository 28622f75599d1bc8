package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.ReturnReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A customer's request: parts for one of their registered units. */
public record NewRma(
        @NotNull(message = "the registered unit is required")
        Long unitId,

        @NotEmpty(message = "at least one part is required") @Size(max = 10, message = "at most 10 parts per request")
        List<@Valid @NotNull(message = "a line is required") Line> lines) {

    public record Line(
            @NotBlank(message = "a part number is required")
            @Size(max = 40, message = "a part number is at most 40 characters")
            String partNumber,

            @Min(value = 1, message = "quantity is at least 1") @Max(value = 20, message = "quantity is at most 20")
            int quantity,

            @NotNull(message = "a reason is required: DEFECTIVE, DAMAGED, MISSING or WORN_OUT")
            ReturnReason reason) {}
}

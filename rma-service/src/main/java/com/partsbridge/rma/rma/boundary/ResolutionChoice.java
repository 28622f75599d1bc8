package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Resolution;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A rep changes how an approved RMA is put right, before it ships: line {@code lineNo} or, left out, every line.
 * A refund or store credit holds for every line; it pays out at once and closes the RMA.
 */
public record ResolutionChoice(
        @SeenVersion BigDecimal version,

        @Min(value = 1, message = "a line number is 1 or more")
        @Max(value = 20, message = "an RMA has at most 20 lines")
        Integer lineNo,

        @NotNull(message = "choose a resolution: REPLACE, ADVANCE_REPLACEMENT, KEEP_IT, REFUND or STORE_CREDIT")
        Resolution resolution,

        @Size(max = 500, message = "a note is at most 500 characters")
        String note)
        implements VersionedAction {}

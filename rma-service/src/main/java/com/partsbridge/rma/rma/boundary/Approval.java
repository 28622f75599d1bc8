package com.partsbridge.rma.rma.boundary;

import com.partsbridge.rma.rma.entity.Resolution;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A rep approves the parts and says how every line is put right: {@code resolution} (see {@link Resolution}).
 * Left out, {@code returnRequired} decides as it did before resolutions: true is {@code REPLACE}, false or left
 * out {@code KEEP_IT}. A return is never asked for a part worth less than the configured value, nor after we
 * shipped a wrong part (keep it, no charge).
 */
public record Approval(
        @SeenVersion BigDecimal version,

        @Size(max = 500, message = "a note is at most 500 characters")
        String note,

        boolean returnRequired,

        Resolution resolution)
        implements VersionedAction {

    /** The resolution asked for, from {@code resolution} or else the older {@code returnRequired}. */
    public Resolution chosen() {
        if (resolution != null) {
            return resolution;
        }
        return returnRequired ? Resolution.REPLACE : Resolution.KEEP_IT;
    }
}

package com.partsbridge.catalog.part.boundary;

import com.partsbridge.catalog.part.entity.Interchangeability;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * "This part is replaced by {@code supersededBy}", or by a {@code kit} of several parts that ship together
 * (one of the two), and how the old part and its replacement may stand in for each other.
 */
public record Supersession(
        @Size(max = 40, message = "a part number is at most 40 characters")
        String supersededBy,

        @NotNull(message = "interchangeability is ONE_WAY or TWO_WAY")
        Interchangeability interchangeability,

        @Size(max = 10, message = "a kit has at most 10 parts")
        List<@Valid @NotNull(message = "a kit member is a part number and a quantity") Member> kit) {

    /** One part of a kit and how many of it ship per kit. */
    public record Member(
            @NotBlank(message = "each part of the kit needs its part number")
            @Size(max = 40, message = "a part number is at most 40 characters")
            String partNumber,

            @NotNull(message = "each part of the kit needs its quantity")
            @Min(value = 1, message = "a quantity is between 1 and 99")
            @Max(value = 99, message = "a quantity is between 1 and 99")
            Integer quantity) {}

    /** One part replaces the old one. (A factory, not a second constructor: JSON-B binds a record by its only one.) */
    public static Supersession byOnePart(String supersededBy, Interchangeability interchangeability) {
        return new Supersession(supersededBy, interchangeability, null);
    }

    public boolean isKit() {
        return kit != null && !kit.isEmpty();
    }
}

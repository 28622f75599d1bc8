package com.partsbridge.tradein.partner.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An API key to issue: {"label":"ERP sync"}; the label is optional and fits its column. */
public record NewKey(
        @Size(max = 80, message = "a key label has at most 80 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "a key label has no control characters")
        String label) {}

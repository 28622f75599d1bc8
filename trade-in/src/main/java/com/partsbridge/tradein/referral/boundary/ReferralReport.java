package com.partsbridge.tradein.referral.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What a partner reports on a referral: {"state":"ACCEPTED"} (then FULFILLED, or DECLINED). Validated text rather
 * than the enum, so that an unknown state is a 400 naming the field; case and surrounding blanks are forgiven.
 */
public record ReferralReport(
        @NotNull(message = "a state is required: ACCEPTED, FULFILLED or DECLINED")
        @Pattern(
                regexp = "(?i)\\s*(ISSUED|ACCEPTED|FULFILLED|DECLINED)\\s*",
                message = "a referral state is ISSUED, ACCEPTED, FULFILLED or DECLINED")
        String state) {}

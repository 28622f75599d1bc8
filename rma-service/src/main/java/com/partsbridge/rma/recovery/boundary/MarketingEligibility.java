package com.partsbridge.rma.recovery.boundary;

/** Whether a marketing tool may write to this customer now, and if not, why. */
public record MarketingEligibility(String username, boolean mayReceiveMarketing, String reason) {}

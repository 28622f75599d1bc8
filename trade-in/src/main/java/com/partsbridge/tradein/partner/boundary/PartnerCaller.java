package com.partsbridge.tradein.partner.boundary;

/** Who is calling the partner API: the partner, the key it used, and the request rate it is allowed. */
public record PartnerCaller(long partnerId, String keyId, int requestsPerMinute) {}

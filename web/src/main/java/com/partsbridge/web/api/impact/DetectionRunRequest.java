package com.partsbridge.web.api.impact;

import java.time.Instant;

/** Run the detector now (tests only), as of {@code asOf} when given, else as of the server's clock. */
public record DetectionRunRequest(Instant asOf) {}

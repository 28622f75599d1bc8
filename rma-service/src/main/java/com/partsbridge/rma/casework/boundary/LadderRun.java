package com.partsbridge.rma.casework.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Runs the escalation ladder as of a given time (tests only: see {@link CaseLadderWatch}). */
public record LadderRun(
        @NotNull(message = "asOf is required, an ISO-8601 instant")
        Instant asOf) {}

package com.partsbridge.rma.impact.boundary;

import com.partsbridge.rma.impact.entity.Journey;
import com.partsbridge.rma.impact.entity.RequestFailureKind;
import java.time.Instant;

/** A signed-in customer's request that failed them: who, on which journey, when, and how. */
public record FailedRequest(String customer, Journey journey, RequestFailureKind kind, Instant at) {}

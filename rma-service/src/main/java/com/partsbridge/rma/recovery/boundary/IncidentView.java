package com.partsbridge.rma.recovery.boundary;

import java.time.Instant;
import java.util.List;

/** An incident with everyone we told and what we granted them. */
public record IncidentView(
        long id,
        String title,
        String description,
        Instant startedAt,
        Instant endedAt,
        String declaredBy,
        List<NoticeView> notices) {}

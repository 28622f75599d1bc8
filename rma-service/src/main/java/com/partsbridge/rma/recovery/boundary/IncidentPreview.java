package com.partsbridge.rma.recovery.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What declaring an incident would do, before anything is sent: whom we would tell and what it costs. */
public record IncidentPreview(
        List<String> customers, List<NoticeView.Grant> perCustomer, BigDecimal totalCredit, String currency)
        implements Serializable {}

package com.partsbridge.rma.history.boundary;

import com.partsbridge.kernel.Page;
import java.io.Serializable;

/** A registered unit and one page of its service history, newest first. */
public record UnitHistory(long unitId, String modelCode, String serial, Page<HistoryEntry> entries)
        implements Serializable {}

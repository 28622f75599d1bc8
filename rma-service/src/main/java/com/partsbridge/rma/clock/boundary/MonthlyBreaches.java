package com.partsbridge.rma.clock.boundary;

import java.io.Serializable;

/** How many requests for a model broke their delivery promise, by the month they were due ({@code 2026-12}). */
public record MonthlyBreaches(String month, long breaches) implements Serializable {}

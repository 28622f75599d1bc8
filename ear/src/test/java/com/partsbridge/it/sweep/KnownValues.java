package com.partsbridge.it.sweep;

import java.util.Locale;

/**
 * A plausible value for a path or query parameter, by its name (and where the name is ambiguous, by the
 * path): the demo data's model, serial, part, RMA and month, else {@code 1}. Values are already
 * percent-encoded. A partner's {@code {id}} under {@code /partners/} is the sweep's own partner, so that a
 * malformed body the server wrongly accepts cannot change the demo partner's rate or keys.
 */
public final class KnownValues {

    private final String ownPartnerId;

    public KnownValues(String ownPartnerId) {
        this.ownPartnerId = ownPartnerId;
    }

    public String plausible(String template, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "code", "model", "modelcode" -> "HARMONY-880";
            case "serial" -> "H880A01234";
            case "number" -> template.contains("/rmas/") ? "RMA-2026-000001" : "BD-880-A";
            case "part", "partnumber" -> "BD-880-A";
            case "month" -> "2026-11";
            case "username", "customer" -> "alice";
            case "page" -> "0";
            case "size" -> "20";
            case "q" -> "battery";
            case "withindays" -> "60";
            case "position" -> "charging%20cradle";
            case "purchasedon" -> "2024-01-15";
            case "grade" -> "B";
            case "state" -> template.contains("/rmas") ? "REQUESTED" : "ISSUED";
            case "id" -> template.startsWith("/api/v1/partners/{id}") ? ownPartnerId : "1";
            default -> "1";
        };
    }
}

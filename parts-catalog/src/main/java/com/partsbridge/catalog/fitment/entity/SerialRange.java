package com.partsbridge.catalog.fitment.entity;

import com.partsbridge.kernel.InvalidInputException;

/**
 * A range of one model's serials, both ends of the same width and in order; fitments and diagrams both
 * belong to one. Serials compare as text (see {@link SerialNumber}), so a serial of another width is never in.
 */
public record SerialRange(String from, String to) {

    public SerialRange {
        from = SerialNumber.normalize("serialFrom", from);
        to = SerialNumber.normalize("serialTo", to);
        if (from.length() != to.length()) {
            throw new InvalidInputException("serialTo", "both ends of a serial range have the same width");
        }
        if (from.compareTo(to) > 0) {
            throw new InvalidInputException("serialTo", "a serial range ends at or after its start");
        }
    }

    /** Whether {@code serial} lies in the range from {@code from} to {@code to} (ends already normalised). */
    public static boolean covers(String from, String to, String serial) {
        return serial.length() == from.length() && serial.compareTo(from) >= 0 && serial.compareTo(to) <= 0;
    }
}

package com.partsbridge.catalog.fitment.entity;

import com.partsbridge.kernel.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A unit's serial number. Serials of one model have a fixed width, so ranges compare them as text
 * (the same order the database index uses); serials of another width never fall inside a range.
 */
public final class SerialNumber {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

    private SerialNumber() {}

    public static String normalize(String field, String raw) {
        String value = raw == null ? "" : raw.trim().toUpperCase();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(field, "a serial number is 3 to 40 letters, digits or dashes");
        }
        return value;
    }

    public static String normalize(String raw) {
        return normalize("serial", raw);
    }
}

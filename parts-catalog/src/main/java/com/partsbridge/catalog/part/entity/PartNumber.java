package com.partsbridge.catalog.part.entity;

import com.partsbridge.kernel.InvalidInputException;
import java.util.regex.Pattern;

/** A manufacturer part number, compared upper-case without blanks around it (e.g. BD-880-A). */
public final class PartNumber {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9.\\-/]{1,39}");

    private PartNumber() {}

    public static String normalize(String raw) {
        String value = raw == null ? "" : raw.trim().toUpperCase();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(
                    "partNumber", "a part number is 2 to 40 letters, digits, dots, dashes or slashes, e.g. BD-880-A");
        }
        return value;
    }
}

package com.partsbridge.rma.rma.entity;

import com.partsbridge.kernel.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The serial or lot code printed on a physical part, as scanned at shipment or at return receipt. Optional:
 * many parts (a screw, a hinge pin) carry none, so a blank scan means "none" rather than an error. Letters
 * are compared in upper case, since scanners and people type either.
 */
public final class SerialOrLot {

    static final int MAX = 40;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9./-]{0,39}");

    private SerialOrLot() {}

    /** The code, normalised; empty when none was scanned; refused under {@code field} when malformed. */
    public static Optional<String> optional(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.trim().toUpperCase();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(
                    field,
                    "a serial or lot is 1 to 40 letters, digits, dots, slashes or dashes, starting with a"
                            + " letter or digit");
        }
        return Optional.of(value);
    }

    /**
     * The return-gate rule: when we know the serial of the part we shipped into the unit, the part that comes
     * back must carry it. Unknown (nothing traced) accepts any code, and parts without codes stay untraced.
     */
    public static boolean isExpectedBack(Optional<String> shippedIntoUnit, Optional<String> returned) {
        return shippedIntoUnit.isEmpty() || shippedIntoUnit.equals(returned);
    }
}

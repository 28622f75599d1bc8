package com.partsbridge.web.api.history;

import com.partsbridge.kernel.InvalidInputException;

/** A unit id from a path, read as text so "abc" is a 400 naming {@code id}, not JAX-RS's 404. */
final class UnitIds {

    private UnitIds() {}

    static long parse(String raw) {
        try {
            long id = Long.parseLong(raw == null ? "" : raw.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidInputException("id", "a unit id is a whole number from 1");
    }
}

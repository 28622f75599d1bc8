package com.partsbridge.catalog.fitment.entity;

import static com.partsbridge.catalog.Samples.activePart;
import static com.partsbridge.catalog.Samples.harmony880;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class FitmentTest {

    private final Fitment revisionA =
            new Fitment(activePart("BD-880-A", 1), harmony880(), "H880A00000", "H880A99999", "battery door");

    @Test
    void coversSerialsInsideItsRangeOnly() {
        assertTrue(revisionA.covers("H880A00000"));
        assertTrue(revisionA.covers("H880A50000"));
        assertTrue(revisionA.covers("H880A99999"));
        assertFalse(revisionA.covers("H880B00000"));
    }

    @Test
    void aSerialOfAnotherWidthIsNeverInRange() {
        assertFalse(revisionA.covers("H880A5"));
        assertFalse(revisionA.covers("H880A500000"));
    }

    @Test
    void rejectsAReversedRange() {
        var error = assertThrows(
                InvalidInputException.class,
                () -> new Fitment(activePart("X-1", 1), harmony880(), "H880A99999", "H880A00000", "lid"));
        assertEquals("serialTo", error.field());
    }

    @Test
    void rejectsEndsOfDifferentWidth() {
        assertThrows(
                InvalidInputException.class,
                () -> new Fitment(activePart("X-1", 1), harmony880(), "H880A0", "H880A99999", "lid"));
    }

    @Test
    void requiresAPosition() {
        var error = assertThrows(
                InvalidInputException.class,
                () -> new Fitment(activePart("X-1", 1), harmony880(), "H880A00000", "H880A99999", " "));
        assertEquals("position", error.field());
    }

    @Test
    void normalizesSerialsToUpperCase() {
        assertEquals("H880A01234", SerialNumber.normalize(" h880a01234 "));
        assertThrows(InvalidInputException.class, () -> SerialNumber.normalize("??"));
    }
}

package com.partsbridge.catalog.part.entity;

import static com.partsbridge.catalog.Samples.activePart;
import static com.partsbridge.catalog.Samples.discontinuedPart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import com.partsbridge.kernel.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartTest {

    @Test
    void rejectsASupersessionThatClosesACycle() {
        Part a = activePart("A-1", 1);
        Part b = activePart("B-1", 1);
        Part c = activePart("C-1", 1);
        a.supersedeWith(b, Interchangeability.ONE_WAY);
        b.supersedeWith(c, Interchangeability.ONE_WAY);

        var error = assertThrows(RuleViolationException.class, () -> c.supersedeWith(a, Interchangeability.ONE_WAY));
        assertEquals("supersession-cycle", error.code());
        assertTrue(c.supersededBy().isEmpty(), "the refused link is not half-made");
    }

    @Test
    void rejectsAPartSupersedingItself() {
        Part a = activePart("A-1", 1);

        assertThrows(RuleViolationException.class, () -> a.supersedeWith(a, Interchangeability.TWO_WAY));
    }

    @Test
    void refusesASecondDifferentSuccessor() {
        Part a = activePart("A-1", 1);
        a.supersedeWith(activePart("B-1", 1), Interchangeability.ONE_WAY);

        assertThrows(ConflictException.class, () -> a.supersedeWith(activePart("C-1", 1), Interchangeability.ONE_WAY));
    }

    @Test
    void walksTheChainOldestFirst() {
        Part a = activePart("A-1", 1);
        Part b = activePart("B-1", 1);
        Part c = activePart("C-1", 1);
        a.supersedeWith(b, Interchangeability.ONE_WAY);
        b.supersedeWith(c, Interchangeability.TWO_WAY);

        assertEquals(
                List.of("A-1", "B-1", "C-1"),
                a.chain().stream().map(Part::partNumber).toList());
    }

    @Test
    void activePartsAreOrderableEvenOutOfStockOthersOnlyFromStock() {
        assertTrue(activePart("A-1", 0).isOrderable());
        assertFalse(discontinuedPart("D-1").isOrderable());
        Part lastStock = activePart("L-1", 2);
        lastStock.moveTo(PartLifecycle.DISCONTINUED);
        assertTrue(lastStock.isOrderable());
    }

    @Test
    void aDiscontinuedPartCannotComeBack() {
        Part part = discontinuedPart("D-1");

        assertThrows(ConflictException.class, () -> part.moveTo(PartLifecycle.ACTIVE));
    }

    @Test
    void normalizesPartNumbersAndRejectsMalformedOnes() {
        assertEquals("BD-880-A", activePart(" bd-880-a ", 1).partNumber());
        var error = assertThrows(
                InvalidInputException.class, () -> new Part("??", "x", Money.of(BigDecimal.ONE, "EUR"), 1));
        assertEquals("partNumber", error.field());
    }

    @Test
    void rejectsNegativeStock() {
        var error = assertThrows(InvalidInputException.class, () -> activePart("A-1", -1));
        assertEquals("stockOnHand", error.field());
    }
}

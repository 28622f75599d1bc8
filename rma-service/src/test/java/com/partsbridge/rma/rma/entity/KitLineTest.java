package com.partsbridge.rma.rma.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A line that ships a kit, and the shipment gate's check of its scans, without a container. */
class KitLineTest {

    private static RmaLine doorKitLine() {
        return new RmaLine(
                "DOOR-1",
                List.of(new KitPart("DOOR-2", 1), new KitPart("PIN-1", 2)),
                1,
                ReturnReason.DAMAGED,
                Money.of(new BigDecimal("23.00"), "EUR"));
    }

    @Test
    void aKitLineNamesItsKitAndScansEachPart() {
        RmaLine line = doorKitLine();

        assertTrue(line.shipsKit());
        assertEquals("DOOR-2 + 2 × PIN-1", line.approvedPart());
        assertEquals(List.of("DOOR-2", "PIN-1"), line.partsToScan());
    }

    @Test
    void aOnePartLineScansItsApprovedPart() {
        RmaLine line = new RmaLine("BD-1", "BD-2", 1, ReturnReason.DAMAGED, Money.zero("EUR"));

        assertFalse(line.shipsKit());
        assertEquals(List.of("BD-2"), line.partsToScan());
    }

    @Test
    void theKitsPartsInAnyOrderPassTheGate() {
        assertEquals(Optional.empty(), doorKitLine().kitScanProblem(List.of("PIN-1", "DOOR-2")));
    }

    @Test
    void aMissingKitPartIsCaught() {
        assertEquals(Optional.of("PIN-1 not scanned"), doorKitLine().kitScanProblem(List.of("DOOR-2")));
    }

    @Test
    void aPartNotInTheKitIsCaughtAndSoIsAPartScannedTwice() {
        assertEquals(
                Optional.of("PIN-1 not scanned; HG-1 scanned but not in the kit"),
                doorKitLine().kitScanProblem(List.of("DOOR-2", "HG-1")));
        assertEquals(
                Optional.of("PIN-1 not scanned; DOOR-2 scanned but not in the kit"),
                doorKitLine().kitScanProblem(List.of("DOOR-2", "DOOR-2")));
    }

    @Test
    void aKitOfOnePartIsRefused() {
        assertThrows(
                InvalidInputException.class,
                () -> new RmaLine(
                        "DOOR-1", List.of(new KitPart("DOOR-2", 1)), 1, ReturnReason.DAMAGED, Money.zero("EUR")));
    }
}

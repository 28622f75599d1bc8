package com.partsbridge.web.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.catalog.fitment.boundary.SparePart;
import com.partsbridge.catalog.fitment.boundary.SparePart.Availability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.tradein.obligation.boundary.PublishedPartsList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparePartsCsvTest {

    @Test
    void cellsASpreadsheetWouldReadAsFormulasAreNeutralised() {
        assertEquals("\"'=1+2\"", SparePartsCsv.cell("=1+2"));
        assertEquals("\"'+cmd|' /C calc'!A0\"", SparePartsCsv.cell("+cmd|' /C calc'!A0"));
        assertEquals("\"'-2\"", SparePartsCsv.cell("-2"));
        assertEquals("\"'@SUM(A1)\"", SparePartsCsv.cell("@SUM(A1)"));
        assertEquals("BD-880-U", SparePartsCsv.cell("BD-880-U"));
        assertEquals("\"Door, \"\"universal\"\"\"", SparePartsCsv.cell("Door, \"universal\""));
    }

    @Test
    void oneRowPerPartWithTheDeliveryCommitmentAndNoDateWhenNoneIsPromised() {
        var list = new PublishedPartsList(
                "HARMONY-880",
                "Harmony 880 remote",
                LocalDate.of(2024, 6, 30),
                LocalDate.of(2031, 6, 30),
                15,
                true,
                List.of(new SparePart(
                        "battery door",
                        "BD-880-A",
                        "=Battery door",
                        new BigDecimal("9.90"),
                        "EUR",
                        PartLifecycle.DISCONTINUED,
                        Availability.NO_LONGER_AVAILABLE,
                        null,
                        "BD-880-U",
                        List.of("H880A00000-H880A99999"))));

        String[] lines = SparePartsCsv.of(list).split("\r\n");

        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("model,position,part_number,"), lines[0]);
        assertEquals(
                "HARMONY-880,\"battery door\",BD-880-A,\"'=Battery door\",9.90,EUR,NO_LONGER_AVAILABLE,,BD-880-U,15,"
                        + "H880A00000-H880A99999",
                lines[1]);
    }
}

package com.partsbridge.catalog.fitment.boundary;

import static com.partsbridge.catalog.Samples.activePart;
import static com.partsbridge.catalog.Samples.discontinuedPart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.partsbridge.catalog.fitment.boundary.SparePart.Availability;
import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparePartTest {

    private static final LocalDate SUPPORT_ENDS = LocalDate.of(2031, 6, 30);

    @Test
    void anActivePartIsPromisedUntilTheModelsPartsSupportEnds() {
        SparePart line = SparePart.of("screen", activePart("SC-1", 0), SUPPORT_ENDS, List.of("A0000-A9999"));

        assertEquals(Availability.AVAILABLE, line.availability());
        assertEquals(SUPPORT_ENDS, line.availableUntil());
        assertEquals(List.of("A0000-A9999"), line.serialRanges());
    }

    @Test
    void aLastTimeBuyPartWithStockIsPromisedOnlyWhileItLasts() {
        Part lastOnes = activePart("BT-1", 4);
        lastOnes.moveTo(PartLifecycle.LAST_TIME_BUY);

        SparePart line = SparePart.of("battery", lastOnes, SUPPORT_ENDS, List.of());

        assertEquals(Availability.WHILE_STOCK_LASTS, line.availability());
        assertEquals(SUPPORT_ENDS, line.availableUntil(), "never beyond the model's support date");
    }

    @Test
    void aPartThatCannotBeOrderedIsPromisedNoDateAndNamesItsSuccessor() {
        Part old = discontinuedPart("BD-1");
        old.supersedeWith(activePart("BD-2", 5), Interchangeability.ONE_WAY);

        SparePart line = SparePart.of("battery door", old, SUPPORT_ENDS, List.of());

        assertEquals(Availability.NO_LONGER_AVAILABLE, line.availability());
        assertNull(line.availableUntil());
        assertEquals("BD-2", line.supersededBy());
    }

    @Test
    void aModelStillSoldPromisesNoEndDate() {
        SparePart line = SparePart.of("screen", activePart("SC-1", 3), null, List.of());

        assertEquals(Availability.AVAILABLE, line.availability());
        assertNull(line.availableUntil());
    }
}

package com.partsbridge.web.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.partsbridge.catalog.fitment.boundary.FittingPart;
import com.partsbridge.catalog.part.boundary.PartView;
import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactFitTest {

    static PartView part(String number, PartLifecycle lifecycle, String supersededBy) {
        return new PartView(
                number,
                "Door " + number,
                new BigDecimal("9.90"),
                "EUR",
                lifecycle,
                lifecycle == PartLifecycle.ACTIVE ? 3 : 0,
                lifecycle == PartLifecycle.ACTIVE,
                supersededBy,
                supersededBy == null ? null : Interchangeability.ONE_WAY);
    }

    @Test
    void leavesOutTheShippedPartAndChainWhenTheyRepeatTheListedPart() {
        PartView door = part("BD-1", PartLifecycle.ACTIVE, null);

        CompactFit compact = CompactFit.of(new FittingPart("battery door", door, door, List.of("BD-1"), true));

        assertSame(door, compact.listed());
        assertNull(compact.toShip());
        assertNull(compact.chain());
        assertEquals(true, compact.available());
    }

    @Test
    void keepsTheShippedPartAndChainWhenAnotherPartShips() {
        PartView old = part("BD-1", PartLifecycle.DISCONTINUED, "BD-2");
        PartView newer = part("BD-2", PartLifecycle.ACTIVE, null);

        CompactFit compact = CompactFit.of(new FittingPart("battery door", old, newer, List.of("BD-1", "BD-2"), true));

        assertSame(newer, compact.toShip());
        assertEquals(List.of("BD-1", "BD-2"), compact.chain());
    }

    @Test
    void saysUnavailableWithoutAPartToShip() {
        PartView gone = part("CR-1", PartLifecycle.DISCONTINUED, null);

        CompactFit compact = CompactFit.of(new FittingPart("cradle", gone, null, List.of("CR-1"), false));

        assertNull(compact.toShip());
        assertEquals(false, compact.available());
    }
}

package com.partsbridge.catalog.fitment.control;

import static com.partsbridge.catalog.Samples.activePart;
import static com.partsbridge.catalog.Samples.discontinuedPart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KitResolutionTest {

    private static void kitOf(Part old, Part a, int qa, Part b, int qb) {
        Map<Part, Integer> kit = new LinkedHashMap<>();
        kit.put(a, qa);
        kit.put(b, qb);
        old.supersedeWithKit(kit, Interchangeability.ONE_WAY);
    }

    @Test
    void anOldPartResolvesToTheKitThatReplacedIt() {
        Part old = discontinuedPart("DOOR-1");
        kitOf(old, activePart("DOOR-2", 3), 1, activePart("PIN-1", 10), 2);

        var resolution = SupersessionResolver.resolve(old.chain(), Set.of("DOOR-1", "DOOR-2", "PIN-1"));

        assertTrue(resolution.shippable());
        assertTrue(resolution.toShip().isEmpty(), "a kit ships, not one part");
        assertEquals("DOOR-2 + 2 × PIN-1", resolution.kitToShip().orElseThrow().label());
        assertEquals(3, resolution.kitToShip().orElseThrow().stockOnHand());
    }

    @Test
    void aKitAtTheEndOfAChainIsTheNewestCandidate() {
        Part a = discontinuedPart("A-1");
        Part b = activePart("B-1", 4);
        a.supersedeWith(b, Interchangeability.ONE_WAY);
        kitOf(b, activePart("C-1", 1), 1, activePart("D-1", 1), 1);

        var resolution = SupersessionResolver.resolve(a.chain(), Set.of("A-1", "B-1"));

        assertEquals(List.of("C-1", "D-1"), resolution.kitToShip().orElseThrow().partNumbers());
    }

    @Test
    void aKitWithAMemberThatCannotShipFallsBackToTheNewestOrderablePart() {
        Part old = activePart("DOOR-1", 2);
        Part pin = activePart("PIN-1", 0);
        pin.moveTo(PartLifecycle.DISCONTINUED);
        kitOf(old, activePart("DOOR-2", 3), 1, pin, 1);

        var resolution = SupersessionResolver.resolve(old.chain(), Set.of("DOOR-1"));

        assertTrue(resolution.kitToShip().isEmpty());
        assertEquals("DOOR-1", resolution.toShip().orElseThrow().partNumber());
    }

    @Test
    void aKitDoesNotShipToAUnitItsPartDoesNotFit() {
        Part old = discontinuedPart("DOOR-1");
        kitOf(old, activePart("DOOR-2", 3), 1, activePart("PIN-1", 10), 1);

        var resolution = SupersessionResolver.resolve(old.chain(), Set.of("OTHER-1"));

        assertFalse(resolution.chainFits());
        assertFalse(resolution.shippable());
    }

    @Test
    void theRowRuleChoosesTheKitToo() {
        Part old = discontinuedPart("DOOR-1");
        kitOf(old, activePart("DOOR-2", 3), 1, activePart("PIN-1", 10), 1);

        var choice = SupersessionResolver.newestShippable(old.chain(), Part::isOrderable, Part::kit)
                .orElseThrow();

        assertEquals("DOOR-1", choice.part().partNumber());
        assertEquals("DOOR-2 + PIN-1", choice.kit().orElseThrow().label());
    }

    @Test
    void noKitAndNothingOrderableShipsNothing() {
        Part old = discontinuedPart("DOOR-1");

        assertEquals(Optional.empty(), SupersessionResolver.newestShippable(old.chain(), Part::isOrderable, Part::kit));
    }
}

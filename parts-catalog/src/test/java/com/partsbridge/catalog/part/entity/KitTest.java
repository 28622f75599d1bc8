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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KitTest {

    private static Map<Part, Integer> kit(Object... partsAndQuantities) {
        Map<Part, Integer> kit = new LinkedHashMap<>();
        for (int i = 0; i < partsAndQuantities.length; i += 2) {
            kit.put((Part) partsAndQuantities[i], (Integer) partsAndQuantities[i + 1]);
        }
        return kit;
    }

    private static Part priced(String number, String price, int stock) {
        return new Part(number, number + " part", Money.of(new BigDecimal(price), "EUR"), stock);
    }

    @Test
    void stockOfAKitIsTheWholeKitsItsMembersMake() {
        Part old = discontinuedPart("DOOR-1");
        Part door = priced("DOOR-2", "20.00", 7);
        Part pin = priced("PIN-1", "1.50", 9); // two per kit: four kits and a pin left over
        old.supersedeWithKit(kit(door, 1, pin, 2), Interchangeability.ONE_WAY);

        Kit k = old.kit().orElseThrow();

        assertEquals(4, k.stockOnHand());
        assertEquals("DOOR-2 + 2 × PIN-1", k.label());
    }

    @Test
    void priceOfAKitIsTheSumOfItsMembersTimesTheirQuantities() {
        Part old = discontinuedPart("DOOR-1");
        old.supersedeWithKit(
                kit(priced("DOOR-2", "20.00", 1), 1, priced("PIN-1", "1.50", 2), 2), Interchangeability.ONE_WAY);

        assertEquals(
                Money.of(new BigDecimal("23.00"), "EUR"),
                old.kit().orElseThrow().listPrice());
    }

    @Test
    void aKitShipsOnlyIfEveryMemberDoes() {
        Part old = discontinuedPart("DOOR-1");
        Part door = priced("DOOR-2", "20.00", 0);
        Part pin = priced("PIN-1", "1.50", 1);
        pin.moveTo(PartLifecycle.LAST_TIME_BUY); // one left, two needed per kit
        old.supersedeWithKit(kit(door, 1, pin, 2), Interchangeability.ONE_WAY);

        assertFalse(old.kit().orElseThrow().isShippable());

        pin.changeStock(2);
        assertTrue(old.kit().orElseThrow().isShippable(), "an active member ships even with no stock (back order)");
    }

    @Test
    void refusesAKitOfOnePart() {
        Part old = discontinuedPart("DOOR-1");

        var error = assertThrows(
                InvalidInputException.class,
                () -> old.supersedeWithKit(kit(activePart("DOOR-2", 1), 1), Interchangeability.ONE_WAY));

        assertEquals("kit", error.field());
        assertTrue(old.kit().isEmpty());
    }

    @Test
    void refusesAQuantityOutsideOneToNinetyNine() {
        Part old = discontinuedPart("DOOR-1");

        var error = assertThrows(
                InvalidInputException.class,
                () -> old.supersedeWithKit(
                        kit(activePart("DOOR-2", 1), 1, activePart("PIN-1", 1), 0), Interchangeability.ONE_WAY));

        assertEquals("kit", error.field());
    }

    @Test
    void refusesAKitWhoseMemberAlreadySupersedesThePart() {
        Part a = activePart("A-1", 1);
        Part b = activePart("B-1", 1);
        Part pin = activePart("PIN-1", 1);
        a.supersedeWith(b, Interchangeability.ONE_WAY);

        var error = assertThrows(
                RuleViolationException.class, () -> b.supersedeWithKit(kit(a, 1, pin, 1), Interchangeability.ONE_WAY));

        assertEquals("supersession-cycle", error.code());
        assertEquals("kit", error.field());
        assertTrue(b.kit().isEmpty(), "the refused kit is not half-made");
    }

    @Test
    void refusesALinkThatClosesACycleThroughAKitMember() {
        Part old = discontinuedPart("DOOR-1");
        Part door = activePart("DOOR-2", 1);
        Part pin = activePart("PIN-1", 1);
        Part pin2 = activePart("PIN-2", 1);
        old.supersedeWithKit(kit(door, 1, pin, 1), Interchangeability.ONE_WAY);
        pin.supersedeWith(pin2, Interchangeability.TWO_WAY);

        var error =
                assertThrows(RuleViolationException.class, () -> pin2.supersedeWith(old, Interchangeability.ONE_WAY));

        assertEquals("supersession-cycle", error.code());
    }

    @Test
    void refusesAKitThatContainsThePartItself() {
        Part old = discontinuedPart("DOOR-1");

        assertThrows(
                RuleViolationException.class,
                () -> old.supersedeWithKit(kit(old, 1, activePart("PIN-1", 1), 1), Interchangeability.ONE_WAY));
    }

    @Test
    void aPartIsSupersededByOnePartOrByAKitNeverBoth() {
        Part old = discontinuedPart("DOOR-1");
        old.supersedeWith(activePart("DOOR-2", 1), Interchangeability.ONE_WAY);

        assertThrows(
                ConflictException.class,
                () -> old.supersedeWithKit(
                        kit(activePart("DOOR-3", 1), 1, activePart("PIN-1", 1), 1), Interchangeability.ONE_WAY));
    }

    @Test
    void refusesMembersPricedInDifferentCurrencies() {
        Part old = discontinuedPart("DOOR-1");
        Part dollars = new Part("PIN-9", "pin", Money.of(BigDecimal.ONE, "USD"), 1);

        var error = assertThrows(
                InvalidInputException.class,
                () -> old.supersedeWithKit(kit(activePart("DOOR-2", 1), 1, dollars, 1), Interchangeability.ONE_WAY));

        assertEquals("kit", error.field());
    }
}

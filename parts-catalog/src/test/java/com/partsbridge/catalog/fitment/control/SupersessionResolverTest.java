package com.partsbridge.catalog.fitment.control;

import static com.partsbridge.catalog.Samples.activePart;
import static com.partsbridge.catalog.Samples.discontinuedPart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.Part;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupersessionResolverTest {

    @Test
    void shipsTheNewestOrderablePartOfTheChain() {
        Part a = discontinuedPart("A-1");
        Part b = activePart("B-1", 3);
        Part c = activePart("C-1", 9);
        a.supersedeWith(b, Interchangeability.ONE_WAY);
        b.supersedeWith(c, Interchangeability.ONE_WAY);

        var resolution = SupersessionResolver.resolve(a.chain(), Set.of("A-1", "B-1", "C-1"));

        assertEquals("C-1", resolution.toShip().orElseThrow().partNumber());
        assertTrue(resolution.requestedFits());
    }

    @Test
    void skipsANewerPartThatCanNoLongerBeOrdered() {
        Part a = activePart("A-1", 2);
        Part b = activePart("B-1", 0);
        b.moveTo(PartLifecycle.LAST_TIME_BUY); // no stock left and no more production
        a.supersedeWith(b, Interchangeability.TWO_WAY);

        var resolution = SupersessionResolver.resolve(a.chain(), Set.of("A-1", "B-1"));

        assertEquals("A-1", resolution.toShip().orElseThrow().partNumber());
    }

    @Test
    void oneWayOldPartDoesNotFitAUnitBuiltForTheNewOne() {
        Part old = discontinuedPart("OLD");
        Part newer = activePart("NEW", 5);
        old.supersedeWith(newer, Interchangeability.ONE_WAY);

        var resolution = SupersessionResolver.resolve(old.chain(), Set.of("NEW"));

        assertTrue(resolution.chainFits());
        assertFalse(resolution.requestedFits());
        assertEquals("NEW", resolution.toShip().orElseThrow().partNumber());
    }

    @Test
    void twoWayOldPartFitsAUnitBuiltForTheNewOne() {
        Part old = activePart("OLD", 5);
        Part newer = activePart("NEW", 5);
        old.supersedeWith(newer, Interchangeability.TWO_WAY);

        assertTrue(SupersessionResolver.resolve(old.chain(), Set.of("NEW")).requestedFits());
    }

    @Test
    void nothingFitsWhenNoPartOfTheChainIsListedForTheUnit() {
        Part a = activePart("A-1", 5);

        var resolution = SupersessionResolver.resolve(a.chain(), Set.of("Z-9"));

        assertFalse(resolution.chainFits());
        assertTrue(resolution.toShip().isEmpty());
    }

    @Test
    void fitsButCannotShipWhenTheWholeChainIsGone() {
        Part a = discontinuedPart("A-1");

        var resolution = SupersessionResolver.resolve(a.chain(), Set.of("A-1"));

        assertTrue(resolution.chainFits());
        assertTrue(resolution.toShip().isEmpty());
    }
}

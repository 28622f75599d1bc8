package com.partsbridge.catalog.model.entity;

import static com.partsbridge.catalog.Samples.harmony880;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partsbridge.kernel.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProductModelTest {

    @Test
    void movesFromActiveToDiscontinuedToPartsSupportEnded() {
        ProductModel model = harmony880();
        model.discontinue(LocalDate.of(2024, 6, 30), LocalDate.of(2031, 6, 30));

        assertEquals(ModelLifecycle.ACTIVE, model.lifecycleOn(LocalDate.of(2024, 6, 29)));
        assertEquals(ModelLifecycle.DISCONTINUED, model.lifecycleOn(LocalDate.of(2024, 6, 30)));
        assertEquals(ModelLifecycle.DISCONTINUED, model.lifecycleOn(LocalDate.of(2031, 6, 30)));
        assertEquals(ModelLifecycle.PARTS_SUPPORT_ENDED, model.lifecycleOn(LocalDate.of(2031, 7, 1)));
    }

    @Test
    void partsSupportCannotEndBeforeDiscontinuation() {
        assertThrows(
                RuleViolationException.class,
                () -> harmony880().discontinue(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void cannotBeDiscontinuedBeforeLaunch() {
        assertThrows(RuleViolationException.class, () -> harmony880().discontinue(LocalDate.of(2018, 1, 1), null));
    }

    @Test
    void successorsFormNoCycle() {
        ProductModel older = harmony880();
        ProductModel newer =
                new ProductModel("HARMONY-950", "Harmony 950", "Harmony remotes", LocalDate.of(2024, 4, 1));
        older.succeededBy(newer);

        assertThrows(RuleViolationException.class, () -> newer.succeededBy(older));
        assertThrows(RuleViolationException.class, () -> older.succeededBy(older));
    }

    @Test
    void rescheduleSetsAllDatesAndClearsTheEndOfSalesAndSupportTogether() {
        ProductModel model = harmony880();
        model.reschedule(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2031, 6, 30));
        assertEquals(LocalDate.of(2019, 1, 1), model.launchedOn());
        assertEquals(LocalDate.of(2031, 6, 30), model.partsSupportUntil().orElseThrow());

        model.reschedule(LocalDate.of(2019, 1, 1), null, null);

        assertEquals(ModelLifecycle.ACTIVE, model.lifecycleOn(LocalDate.of(2040, 1, 1)));
        assertEquals(java.util.Optional.empty(), model.partsSupportUntil());
    }

    @Test
    void rescheduleRefusalsNameTheFieldAndLeaveTheDatesAsTheyWere() {
        ProductModel model = harmony880();
        LocalDate launched = model.launchedOn();

        var early = assertThrows(
                RuleViolationException.class,
                () -> model.reschedule(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), null));
        assertEquals("discontinuedOn", early.field());
        var supportFirst = assertThrows(
                RuleViolationException.class,
                () -> model.reschedule(launched, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)));
        assertEquals("partsSupportUntil", supportFirst.field());
        var supportAlone = assertThrows(
                com.partsbridge.kernel.InvalidInputException.class,
                () -> model.reschedule(launched, null, LocalDate.of(2030, 1, 1)));
        assertEquals("partsSupportUntil", supportAlone.field());

        assertEquals(launched, model.launchedOn());
        assertEquals(java.util.Optional.empty(), model.discontinuedOn());
    }
}

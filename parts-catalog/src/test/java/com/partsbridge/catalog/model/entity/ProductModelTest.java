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
}

package com.partsbridge.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyAndPagingTest {

    @Test
    void moneyIsScaledToTheCurrencyAndNeverNegative() {
        assertEquals(
                new BigDecimal("9.90"), Money.of(new BigDecimal("9.9"), "eur").amount());
        assertEquals(
                "currency",
                assertThrows(InvalidInputException.class, () -> Money.of(BigDecimal.ONE, "XYZ"))
                        .field());
        assertEquals(
                "price",
                assertThrows(InvalidInputException.class, () -> Money.of(new BigDecimal("-0.01"), "EUR"))
                        .field());
    }

    @Test
    void moneyEqualityIgnoresTrailingZeros() {
        assertEquals(Money.of(new BigDecimal("1.5"), "EUR"), Money.of(new BigDecimal("1.50"), "EUR"));
    }

    @Test
    void pageRequestsAreBounded() {
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0))
                        .field());
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
                        .field());
        assertEquals(
                "page",
                assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 10))
                        .field());
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void aPageBeyondTheLastPossibleOneIsRefusedBeforeItsOffsetCanOverflow() {
        assertEquals(
                "page",
                assertThrows(InvalidInputException.class, () -> new PageRequest(10_737_419, PageRequest.MAX_SIZE))
                        .field());
        assertEquals(
                "page",
                assertThrows(InvalidInputException.class, () -> new PageRequest(Integer.MAX_VALUE, 1))
                        .field());
        PageRequest deepest = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertEquals((long) PageRequest.MAX_PAGE * PageRequest.MAX_SIZE, deepest.offset());
    }

    @Test
    void aPageKnowsWhetherAnotherFollows() {
        assertTrue(Page.of(List.of(1, 2), new PageRequest(0, 2), 3).hasNext());
        assertFalse(Page.of(List.of(3), new PageRequest(1, 2), 3).hasNext());
    }
}

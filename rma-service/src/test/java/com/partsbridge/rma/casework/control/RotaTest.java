package com.partsbridge.rma.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RotaTest {

    private final Rota rota = new Rota(List.of("rita", "admin", "lena"));

    @Test
    void givesTheCaseToWhoeverHasTheFewestOpenCases() {
        assertEquals("admin", rota.pick(Map.of("rita", 3L, "admin", 1L, "lena", 2L)));
    }

    @Test
    void someoneWithNoOpenCasesComesBeforeEveryoneWithSome() {
        assertEquals("lena", rota.pick(Map.of("rita", 1L, "admin", 1L)));
    }

    @Test
    void aTieGoesToTheFirstInTheRota() {
        assertEquals("rita", rota.pick(Map.of()));
        assertEquals("admin", rota.pick(Map.of("rita", 2L, "admin", 1L, "lena", 1L)));
    }

    @Test
    void takingTurnsSpreadsCasesEvenly() {
        Map<String, Long> loads = new java.util.HashMap<>();
        for (int i = 0; i < 9; i++) {
            loads.merge(rota.pick(loads), 1L, Long::sum);
        }
        assertEquals(Map.of("rita", 3L, "admin", 3L, "lena", 3L), loads);
    }

    @Test
    void refusesAnEmptyRota() {
        assertThrows(IllegalArgumentException.class, () -> new Rota(List.of()));
    }
}

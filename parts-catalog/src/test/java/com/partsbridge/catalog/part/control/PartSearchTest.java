package com.partsbridge.catalog.part.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartSearchTest {

    @Test
    void wantsEveryWordTheLastAsAPrefix() {
        assertEquals("bench & part & 1234:*", PartSearch.words("Bench part 1234"));
        assertEquals("battery & door:*", PartSearch.words("  Battery   DOOR "));
    }

    @Test
    void keepsOnlyLettersAndDigitsSoTheQuerySyntaxCannotBeInjected() {
        assertEquals("bd & 880 & a:*", PartSearch.words("BD-880-A"));
        assertEquals("a & b:*", PartSearch.words("a'&|!(b):*"));
        assertEquals("tür & öl:*", PartSearch.words("Tür/Öl"));
    }

    @Test
    void givesNoQueryForATextWithoutWords() {
        assertEquals("", PartSearch.words("-- & !"));
    }

    @Test
    void asksTheTrigramIndexForTheLongestWordWithADigitWhichEveryMatchHolds() {
        assertEquals("0654321", PartSearch.trigramKey("bp-0654321"));
        assertEquals("123456", PartSearch.trigramKey("bench part 123456"));
        assertEquals("a12", PartSearch.trigramKey("battery a12"), "a digit beats length");
        assertEquals("battery", PartSearch.trigramKey("battery door"), "the longest word");
        assertEquals("--", PartSearch.trigramKey("--"), "no word: the whole text");
        for (String text : new String[] {"bp-0654321", "bench part 123456", "x_1 y%22", "--"}) {
            assertTrue(text.contains(PartSearch.trigramKey(text)), text);
        }
    }

    @Test
    void escapesLikeWildcards() {
        assertEquals("50\\% off\\_x\\\\", PartSearch.escapedForLike("50% off_x\\"));
    }
}

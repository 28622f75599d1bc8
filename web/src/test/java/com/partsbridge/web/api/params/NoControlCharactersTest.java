package com.partsbridge.web.api.params;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoControlCharactersTest {

    @Test
    void findsANulALineBreakAndDeleteButNotOrdinaryOrAccentedText() {
        assertTrue(NoControlCharacters.hasControl("v1/marketing/eligibility/\u0000"));
        assertTrue(NoControlCharacters.hasControl("H880A\n01234"));
        assertTrue(NoControlCharacters.hasControl("x\u007f"));
        assertFalse(NoControlCharacters.hasControl("v1/models/HARMONY-880/units/H880A01234/parts"));
        assertFalse(NoControlCharacters.hasControl("Zoë 💩 charging cradle"));
        assertFalse(NoControlCharacters.hasControl(null));
    }
}

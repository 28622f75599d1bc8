package com.partsbridge.tradein.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeySecretsTest {

    @Test
    void aNewKeyParsesBackIntoItsIdAndSecret() {
        String id = KeySecrets.newKeyId();
        String secret = KeySecrets.newSecret();
        KeySecrets.Presented presented =
                KeySecrets.parse(KeySecrets.token(id, secret)).orElseThrow();
        assertEquals(id, presented.keyId());
        assertEquals(secret, presented.secret());
        assertNotEquals(secret, KeySecrets.newSecret(), "secrets are random");
    }

    @Test
    void onlyTheRightSecretMatchesTheStoredHash() {
        String secret = KeySecrets.newSecret();
        String stored = KeySecrets.hash(secret);
        assertFalse(stored.contains(secret));
        assertTrue(KeySecrets.matches(secret, stored));
        assertFalse(KeySecrets.matches(KeySecrets.newSecret(), stored));
    }

    @Test
    void malformedTokensAreNotKeys() {
        assertTrue(KeySecrets.parse(null).isEmpty());
        assertTrue(KeySecrets.parse("pbk_zz.short").isEmpty());
        assertTrue(KeySecrets.parse("Basic abc").isEmpty());
    }
}

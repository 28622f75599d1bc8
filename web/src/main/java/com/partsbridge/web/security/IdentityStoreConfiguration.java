package com.partsbridge.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The application's roles, and how passwords are hashed: PBKDF2 with HMAC-SHA256, 120,000 iterations, a
 * 16-byte salt. Users and their roles live in web_account / web_account_role ({@link AccountIdentityStore}).
 */
@DeclareRoles({Roles.CUSTOMER, Roles.REP, Roles.PARTNER, Roles.ADMIN})
@ApplicationScoped
public class IdentityStoreConfiguration {

    static final String ITERATIONS = "120000";

    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Iterations", ITERATIONS,
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16");
}

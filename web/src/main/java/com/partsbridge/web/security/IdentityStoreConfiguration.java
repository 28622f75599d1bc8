package com.partsbridge.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users and their roles live in web_account / web_account_role; passwords are stored as PBKDF2 hashes. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/PartsBridgeDS",
        callerQuery = "select password_hash from web_account where username = ? and enabled = true",
        groupsQuery = "select role from web_account_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Iterations=" + IdentityStoreConfiguration.ITERATIONS,
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes=16"
        })
@DeclareRoles({Roles.CUSTOMER, Roles.REP, Roles.PARTNER, Roles.ADMIN})
@ApplicationScoped
public class IdentityStoreConfiguration {

    static final String ITERATIONS = "120000";
}

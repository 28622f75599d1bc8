package com.partsbridge.web.security;

import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/** Sign-in accounts. Only a PBKDF2 hash of a password is ever stored. */
@Stateless
public class Accounts {

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.CUSTOMER, Roles.REP, Roles.PARTNER, Roles.ADMIN);

    @Resource(lookup = "java:jboss/datasources/PartsBridgeDS")
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash hash;

    public boolean exists(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from web_account where username = ?")) {
            s.setString(1, username);
            return s.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read accounts", e);
        }
    }

    public void create(String username, String password, String... roles) {
        if (username == null || !username.matches("[a-z0-9._@-]{3,60}")) {
            throw new InvalidInputException("username", "a username is 3 to 60 lower-case letters, digits or . _ @ -");
        }
        if (password == null || password.length() < 8) {
            throw new InvalidInputException("password", "a password has at least 8 characters");
        }
        for (String role : roles) {
            if (!KNOWN_ROLES.contains(role)) {
                throw new InvalidInputException("roles", "unknown role " + role);
            }
        }
        if (exists(username)) {
            throw new ConflictException("account-exists", "account " + username + " already exists");
        }
        hash.initialize(IdentityStoreConfiguration.HASH_PARAMETERS);
        try (Connection c = dataSource.getConnection();
                PreparedStatement account = c.prepareStatement(
                        "insert into web_account (username, password_hash, enabled) values (?, ?, true)");
                PreparedStatement role =
                        c.prepareStatement("insert into web_account_role (username, role) values (?, ?)")) {
            account.setString(1, username);
            account.setString(2, hash.generate(password.toCharArray()));
            account.executeUpdate();
            for (String r : roles) {
                role.setString(1, username);
                role.setString(2, r);
                role.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create account " + username, e);
        }
    }
}

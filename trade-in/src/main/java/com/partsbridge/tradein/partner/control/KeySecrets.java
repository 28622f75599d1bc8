package com.partsbridge.tradein.partner.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a partner API key, {@code pbk_<key id>.<secret>}, and how its secret is kept. The secret is
 * 256 random bits, so a single SHA-256 is enough to make a leaked table useless: slow hashes such as PBKDF2
 * exist for guessable passwords, and would cost every API call tens of milliseconds for no gain here.
 */
public final class KeySecrets {

    public static final String PREFIX = "pbk_";
    private static final Pattern FORMAT = Pattern.compile("pbk_([a-f0-9]{12})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {}

    /** The two halves of a presented key. */
    public record Presented(String keyId, String secret) {}

    public static String newKeyId() {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String token(String keyId, String secret) {
        return PREFIX + keyId + "." + secret;
    }

    public static Optional<Presented> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(token.trim());
        return m.matches() ? Optional.of(new Presented(m.group(1), m.group(2))) : Optional.empty();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares in constant time, so response timing tells nothing about how much of a secret was right. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

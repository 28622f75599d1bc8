package com.partsbridge.it.sweep;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who a probe claims to be: an {@code Authorization} header (or none), and whether the server should take it.
 * {@code basicFailure} marks wrong HTTP Basic credentials, which a password-guessing throttle counts.
 */
public record Credential(String name, String authorization, boolean valid, boolean basicFailure) {

    public static final Credential NONE = new Credential("none", null, false, false);

    public static Credential basic(String name, String userAndPassword) {
        return new Credential(name, "Basic " + base64(userAndPassword), true, false);
    }

    public static Credential bearer(String name, String key) {
        return new Credential(name, "Bearer " + key, true, false);
    }

    public static Credential wrongBasic(String name, String header) {
        return new Credential(name, header, false, true);
    }

    public static Credential wrongBearer(String name, String header) {
        return new Credential(name, header, false, false);
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

package org.ariadne.victimdata.linkage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret under which identifying data become linkage keys. Each use (blocking, exact keys, dates, name
 * encodings) works under its own sub-key derived from it, so that a key of one kind cannot be compared with one of
 * another. {@link #toString()} never shows it.
 */
public final class LinkageKey {

    static final int MINIMUM_BYTES = 32;

    private final byte[] secret;

    private LinkageKey(byte[] secret) {
        if (secret.length < MINIMUM_BYTES) {
            throw LinkageKeyException.tooShort(secret.length);
        }
        this.secret = secret.clone();
    }

    /**
     * The key as configured: {@code base64:} followed by Base64, or else the text's UTF-8 bytes. Refuses a missing key
     * and one shorter than 32 bytes, with a message that says what to set.
     */
    public static LinkageKey fromConfiguration(String configured) {
        if (configured == null || configured.isBlank()) {
            throw LinkageKeyException.missing();
        }
        var value = configured.strip();
        if (value.startsWith("base64:")) {
            try {
                return new LinkageKey(Base64.getDecoder().decode(value.substring("base64:".length())));
            } catch (IllegalArgumentException e) {
                throw LinkageKeyException.notBase64();
            }
        }
        return new LinkageKey(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A key from raw bytes (at least 32). */
    public static LinkageKey of(byte[] secret) {
        if (secret == null) {
            throw LinkageKeyException.missing();
        }
        return new LinkageKey(secret);
    }

    /** HMAC-SHA256 under the sub-key for one purpose; a fresh instance, as {@link Mac} is not thread-safe. */
    Mac macFor(String purpose) {
        try {
            var master = Mac.getInstance("HmacSHA256");
            master.init(new SecretKeySpec(secret, "HmacSHA256"));
            var subKey = master.doFinal(("ariadne/victimdata/linkage/" + purpose).getBytes(StandardCharsets.UTF_8));
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subKey, "HmacSHA256"));
            Arrays.fill(subKey, (byte) 0);
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            // HmacSHA256 is required of every Java platform
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "LinkageKey[***]";
    }
}

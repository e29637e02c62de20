package org.ariadne.victimdata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the register's sensitive columns (municipality, notes, linkage record) with AES-256-GCM under a key from the
 * environment ({@code ARIADNE_VICTIMDATA_ENCRYPTIONKEY}), so that a copy of the database or of its backups shows none
 * of them. Each value gets its own random 96-bit nonce; GCM's tag refuses a value altered in the database. The AES key
 * is derived from the configured secret (HMAC-SHA256 with a fixed label), so the secret may be any 32 bytes or more.
 *
 * <p>Format of a sealed value: {@code s1:} then Base64 of nonce and ciphertext. Thread-safe.
 */
final class ColumnSeal {

    private static final String PREFIX = "s1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Bound to every sealed file, so that a sealed column value is never taken for a file or the reverse. */
    private static final byte[] FILE_LABEL = "ariadne/victimdata/file/v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    private ColumnSeal(SecretKeySpec key) {
        this.key = key;
    }

    /** The seal under the configured secret: {@code base64:} and Base64, or text of at least 32 bytes. */
    static ColumnSeal fromConfiguration(String configured) {
        if (configured == null || configured.isBlank()) {
            throw VictimDataException.encryptionKeyMissing();
        }
        var value = configured.strip();
        byte[] secret;
        if (value.startsWith("base64:")) {
            try {
                secret = Base64.getDecoder().decode(value.substring("base64:".length()));
            } catch (IllegalArgumentException e) {
                throw VictimDataException.encryptionKeyMissing();
            }
        } else {
            secret = value.getBytes(StandardCharsets.UTF_8);
        }
        if (secret.length < 32) {
            throw VictimDataException.encryptionKeyMissing();
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            var derived = mac.doFinal("ariadne/victimdata/seal/v1".getBytes(StandardCharsets.UTF_8));
            var spec = new SecretKeySpec(derived, "AES");
            Arrays.fill(derived, (byte) 0);
            Arrays.fill(secret, (byte) 0);
            return new ColumnSeal(spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The sealed form of {@code text}; null and blank stay null. */
    String seal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The text of a sealed value; null stays null. Refuses a value sealed under another key or altered. */
    String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw VictimDataException.unreadableSeal();
        }
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw VictimDataException.unreadableSeal();
        }
    }

    /**
     * The sealed form of a whole file (an uploaded workbook waiting for its confirmation): nonce then ciphertext and
     * tag, under the same key as the columns. Nothing of the file can be read without the key.
     */
    byte[] sealBytes(byte[] content) {
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(FILE_LABEL);
            var sealed = cipher.doFinal(content);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The file of {@link #sealBytes}; refuses one sealed under another key, altered, or not sealed at all. */
    byte[] openBytes(byte[] sealed) {
        if (sealed == null || sealed.length <= NONCE_BYTES) {
            throw VictimDataException.unreadableSeal();
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(FILE_LABEL);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw VictimDataException.unreadableSeal();
        }
    }

    @Override
    public String toString() {
        return "ColumnSeal[***]";
    }
}

package org.ariadne.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Snapshots to JSON and back, and their fingerprint. Decimals are read back as decimals, never as doubles, so a
 * figure reads the same after it was stored as before.
 */
@Component
class SnapshotJson {

    private final JsonMapper json;

    SnapshotJson(JsonMapper json) {
        this.json = json;
    }

    String write(Snapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    Snapshot read(PublicationKind kind, String text) {
        var type = switch (kind) {
            case PLAN -> PlanSnapshot.class;
            case FIGURES -> FiguresSnapshot.class;
            case REPORT -> ReportSnapshot.class;
        };
        return json.readerFor(type).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
    }

    /** SHA-256 of the snapshot's JSON (which names the SHA-256 of a report's files): what the preview showed. */
    static String fingerprint(String json) {
        return sha256(json.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

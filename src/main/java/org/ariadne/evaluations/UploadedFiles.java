package org.ariadne.evaluations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.ariadne.common.spreadsheet.OfficeMacros;
import org.ariadne.common.upload.UploadLimits;
import org.springframework.stereotype.Component;

/**
 * The files an evaluation keeps (terms of reference, reports, evidence): PDF or Word (DOCX) only, recognised from the
 * content and never from the name; empty files, files over the upload limit, Word files with macros and PDFs that
 * carry scripts or launch actions are refused, since reviewers open them on their own computers.
 */
@Component
class UploadedFiles {

    enum Type {
        PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }

        String contentType() {
            return contentType;
        }
    }

    /** Beyond this a zip is not read through but refused: a bomb must not keep the server busy. */
    private static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    private static final Pattern PDF_ACTIVE = Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\\b");

    private final UploadLimits limits;

    UploadedFiles(UploadLimits limits) {
        this.limits = limits;
    }

    /** The type of a file that may be kept, or the refusal naming what is wrong with it. */
    Type accepted(String fileName, byte[] content) {
        return check(fileName, content, limits.maxBytes());
    }

    static Type check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw EvaluationException.fileEmpty();
        }
        if (content.length > maxBytes) {
            throw EvaluationException.fileTooLarge(maxBytes);
        }
        if (fileName != null && displayName(fileName).length() > 200) {
            throw EvaluationException.fileName();
        }
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".docm") || name.endsWith(".dotm")) {
            throw EvaluationException.fileMacros();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            // a PDF's active parts are named in its (uncompressed) object dictionaries
            if (PDF_ACTIVE.matcher(new String(content, StandardCharsets.ISO_8859_1)).find()) {
                throw EvaluationException.fileMacros();
            }
            return Type.PDF;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) && isWordDocument(content)) {
            try {
                if (OfficeMacros.present(new ByteArrayInputStream(content), MAX_INFLATED_BYTES)) {
                    throw EvaluationException.fileMacros();
                }
            } catch (IOException | RuntimeException unreadable) {
                if (unreadable instanceof EvaluationException refused) {
                    throw refused;
                }
                throw EvaluationException.fileType();
            }
            return Type.DOCX;
        }
        throw EvaluationException.fileType();
    }

    private static boolean isWordDocument(byte[] content) {
        var names = new HashSet<String>();
        try (var zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null && names.size() < 2_000; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException | RuntimeException notAZip) {
            return false;
        }
        return names.contains("[Content_Types].xml") && names.contains("word/document.xml");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The name as shown and offered for download: no folders, no control characters. */
    static String displayName(String original) {
        var name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? "document" : name;
    }
}

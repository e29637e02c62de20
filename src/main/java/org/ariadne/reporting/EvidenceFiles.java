package org.ariadne.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.ariadne.common.spreadsheet.OfficeMacros;
import org.springframework.stereotype.Component;

/**
 * Evidence files on disk, outside the web root, under names the uploader cannot choose. The type is recognised
 * from the content, never from the file name: PDF, JPEG, PNG and the Office and OpenDocument formats are kept;
 * anything else (programs, web pages, scripts) is refused, and so are Office files that carry macros, since the
 * files are served back to reviewers who would open them in Office.
 */
@Component
class EvidenceFiles {

    enum Type {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ODT("application/vnd.oasis.opendocument.text"), ODS("application/vnd.oasis.opendocument.spreadsheet");

        final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }
    }

    private final ReportingProperties properties;

    EvidenceFiles(ReportingProperties properties) {
        this.properties = properties;
    }

    /** The longest file name kept (as file systems allow); longer ones are refused rather than cut unseen. */
    static final int MAX_NAME_LENGTH = 255;
    /** Extensions of the macro-enabled Office formats: refused whatever the content says. */
    private static final Set<String> MACRO_EXTENSIONS = Set.of("xlsm", "xltm", "xlam", "docm", "dotm", "pptm", "potm",
            "ppsm", "ppam", "sldm");
    /** Beyond this, a zip is not read through for macros but refused: a bomb must not keep the server busy. */
    private static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

    /**
     * The type of an evidence file that may be kept, from its content.
     *
     * @throws ReportingException when it is not one of the kept types, or is an Office file with macros (by its
     *                            extension, by its declared type, or by a VBA project or ActiveX part inside)
     */
    static Type accepted(String fileName, byte[] content) {
        if (fileName != null && baseName(fileName).length() > MAX_NAME_LENGTH) {
            throw ReportingException.evidenceNameTooLong(MAX_NAME_LENGTH);
        }
        var type = recognise(content).orElseThrow(ReportingException::evidenceType);
        var name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT).strip();
        var extension = name.substring(name.lastIndexOf('.') + 1);
        if (MACRO_EXTENSIONS.contains(extension) || (isZip(content) && hasMacros(content))) {
            throw ReportingException.evidenceMacros();
        }
        return type;
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 3, 4});
    }

    private static boolean hasMacros(byte[] content) {
        try {
            return OfficeMacros.present(new ByteArrayInputStream(content), MAX_INFLATED_BYTES);
        } catch (IOException | RuntimeException unreadable) {
            // a zip that cannot be read through cannot be vouched for
            return true;
        }
    }

    /** The type of the content, or empty when it is not one of the kept types. */
    static Optional<Type> recognise(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(Type.JPEG);
        }
        if (isZip(content)) {
            return officeType(content);
        }
        return Optional.empty();
    }

    /** Office and OpenDocument files are zips: the names of their parts (read, not unpacked) tell which. */
    private static Optional<Type> officeType(byte[] content) {
        var names = new HashSet<String>();
        String odfMimeType = null;
        try (var zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null && names.size() < 2_000; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if ("mimetype".equals(entry.getName())) {
                    odfMimeType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | RuntimeException notAZip) {
            return Optional.empty();
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return Optional.of(Type.DOCX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Optional.of(Type.XLSX);
            }
            if (names.contains("ppt/presentation.xml")) {
                return Optional.of(Type.PPTX);
            }
        }
        if (Type.ODT.contentType.equals(odfMimeType)) {
            return Optional.of(Type.ODT);
        }
        if (Type.ODS.contentType.equals(odfMimeType)) {
            return Optional.of(Type.ODS);
        }
        return Optional.empty();
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

    /** Writes the file and returns its storage key. */
    String store(byte[] content) {
        var key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(properties.evidenceDirectory());
            Files.write(path(key), content, StandardOpenOption.CREATE_NEW);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        // keys are UUIDs made here; the check keeps a corrupted key from ever naming another path
        UUID.fromString(key);
        return properties.evidenceDirectory().resolve(key);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String baseName(String original) {
        var name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    /** The name as shown and offered for download: no folders, no control characters, not too long. */
    static String displayName(String original) {
        var name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}

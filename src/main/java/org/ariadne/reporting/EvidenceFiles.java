package org.ariadne.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.ariadne.common.upload.FileContents;
import org.springframework.stereotype.Component;

/**
 * Evidence files on disk, outside the web root, under names the uploader cannot choose. The kind is recognised
 * from the content by {@link FileContents}: PDF, JPEG, PNG and the Office and OpenDocument formats are kept; anything
 * else (programs, web pages, scripts) is refused, and so are Office files that carry macros, since the files are
 * served back to reviewers who would open them in Office.
 */
@Component
class EvidenceFiles {

    private final ReportingProperties properties;

    EvidenceFiles(ReportingProperties properties) {
        this.properties = properties;
    }

    /** The longest file name kept (as file systems allow); longer ones are refused rather than cut unseen. */
    static final int MAX_NAME_LENGTH = 255;
    /**
     * The kind of an evidence file that may be kept, from its content (PDF, JPEG, PNG, Office and OpenDocument).
     *
     * @throws ReportingException when it is none of these, or is an Office file with macros (by its extension or by
     *                            a VBA project or ActiveX part inside)
     */
    static FileContents.Kind accepted(String fileName, byte[] content) {
        if (fileName != null && FileContents.baseName(fileName).length() > MAX_NAME_LENGTH) {
            throw ReportingException.evidenceNameTooLong(MAX_NAME_LENGTH);
        }
        var kind = FileContents.recognise(content).orElseThrow(ReportingException::evidenceType);
        if (FileContents.hasMacros(fileName, content)) {
            throw ReportingException.evidenceMacros();
        }
        return kind;
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
        return FileContents.sha256(content);
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

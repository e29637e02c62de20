package org.ariadne.coordination;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.ariadne.common.spreadsheet.OfficeMacros;

/**
 * Which files are kept with a meeting or an agreement: recognised from their content, never from their name (PDF,
 * PNG, JPEG, and Word, Excel and OpenDocument files without macros), not empty and not larger than the setting.
 * Anything else (programs, web pages, scripts, a renamed file) is refused with the file's name in the message,
 * since these files are opened by everyone who reads the meeting.
 */
final class FileChecks {

    enum Type {
        PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ODT("application/vnd.oasis.opendocument.text"), ODS("application/vnd.oasis.opendocument.spreadsheet");

        private final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }

        String contentType() {
            return contentType;
        }
    }

    static final int MAX_NAME_LENGTH = 255;
    private static final Set<String> MACRO_EXTENSIONS = Set.of("xlsm", "xltm", "xlam", "docm", "dotm", "pptm", "potm",
            "ppsm", "ppam", "sldm");
    private static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

    private FileChecks() {
    }

    /** The file's type when it may be kept; otherwise every reason it may not, at once where there are several. */
    static Type accepted(String fileName, byte[] content, long maxBytes) {
        var name = baseName(fileName);
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw CoordinationException.fileName();
        }
        if (content == null || content.length == 0) {
            throw CoordinationException.fileEmpty();
        }
        if (content.length > maxBytes) {
            throw CoordinationException.fileTooLarge(maxBytes);
        }
        var type = recognise(content).orElseThrow(() -> CoordinationException.fileType(name));
        var lower = name.toLowerCase(Locale.ROOT);
        var extension = lower.substring(lower.lastIndexOf('.') + 1);
        if (MACRO_EXTENSIONS.contains(extension) || (isZip(content) && hasMacros(content))) {
            throw CoordinationException.fileMacros(name);
        }
        return type;
    }

    /** The name as kept: without any folder the browser sent, without control characters. */
    static String baseName(String original) {
        if (original == null) {
            return "";
        }
        var name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    }

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
        return isZip(content) ? officeType(content) : Optional.empty();
    }

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
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return Optional.of(Type.DOCX);
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return Optional.of(Type.XLSX);
        }
        if (Type.ODT.contentType.equals(odfMimeType)) {
            return Optional.of(Type.ODT);
        }
        if (Type.ODS.contentType.equals(odfMimeType)) {
            return Optional.of(Type.ODS);
        }
        return Optional.empty();
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 3, 4});
    }

    private static boolean hasMacros(byte[] content) {
        try {
            return OfficeMacros.present(new ByteArrayInputStream(content), MAX_INFLATED_BYTES);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
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
}

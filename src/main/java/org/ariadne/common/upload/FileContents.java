package org.ariadne.common.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.ariadne.common.spreadsheet.OfficeMacros;

/**
 * What an uploaded file is, read from its content and never from its name, for every module that keeps files people
 * open on their own computers (report evidence, meeting minutes, evaluation reports, follow-up evidence). Each module
 * says which kinds it keeps and words its own refusal; the reading is done once, here:
 * <ul>
 *     <li>the kind from the first bytes, and for a zip from the names of its parts (read, never unpacked);</li>
 *     <li>macros, by the macro-enabled extensions and by a VBA project or ActiveX part inside an Office zip (a zip
 *     whose reading fails midway is taken to carry them: it cannot be vouched for; one that is not a zip at all is
 *     no kind kept in the first place);</li>
 *     <li>a PDF's active content (scripts, launch actions, embedded files) named in its object dictionaries.</li>
 * </ul>
 */
public final class FileContents {

    /** The kinds of file Ariadne may keep, with the content type they are served with. */
    public enum Kind {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ODT("application/vnd.oasis.opendocument.text"), ODS("application/vnd.oasis.opendocument.spreadsheet");

        private final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Extensions of the macro-enabled Office formats: refused whatever the content says. */
    private static final Set<String> MACRO_EXTENSIONS = Set.of("xlsm", "xltm", "xlam", "docm", "dotm", "pptm", "potm",
            "ppsm", "ppam", "sldm");
    /** Beyond this, a zip is not read through for macros but refused: a bomb must not keep the server busy. */
    private static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    private static final Pattern PDF_ACTIVE = Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\\b");

    private FileContents() {
    }

    /** The kind of the content, or empty when it is none Ariadne keeps (programs, web pages, scripts, old Office). */
    public static Optional<Kind> recognise(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(Kind.JPEG);
        }
        return isZip(content) ? officeKind(content) : Optional.empty();
    }

    /** Whether the file carries macros: by a macro-enabled extension, or by the parts of an Office zip. */
    public static boolean hasMacros(String fileName, byte[] content) {
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        var extension = name.substring(name.lastIndexOf('.') + 1);
        if (MACRO_EXTENSIONS.contains(extension)) {
            return true;
        }
        if (content == null || !isZip(content)) {
            return false;
        }
        try {
            return OfficeMacros.present(new ByteArrayInputStream(content), MAX_INFLATED_BYTES);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    /** Whether a PDF names scripts, launch actions or embedded files in its (uncompressed) object dictionaries. */
    public static boolean pdfHasActiveContent(byte[] content) {
        return content != null && PDF_ACTIVE.matcher(new String(content, StandardCharsets.ISO_8859_1)).find();
    }

    /** The name the browser sent, without any folder and without control characters. */
    public static String baseName(String original) {
        if (original == null) {
            return "";
        }
        var name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Office and OpenDocument files are zips: the names of their parts tell which. */
    private static Optional<Kind> officeKind(byte[] content) {
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
                return Optional.of(Kind.DOCX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Optional.of(Kind.XLSX);
            }
            if (names.contains("ppt/presentation.xml")) {
                return Optional.of(Kind.PPTX);
            }
        }
        if (Kind.ODT.contentType.equals(odfMimeType)) {
            return Optional.of(Kind.ODT);
        }
        if (Kind.ODS.contentType.equals(odfMimeType)) {
            return Optional.of(Kind.ODS);
        }
        return Optional.empty();
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 3, 4});
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

package org.ariadne.common.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;

/**
 * Looks inside an OOXML zip before POI sees it: inflates every part in memory (never to disk), counting the bytes
 * that actually come out rather than trusting the sizes the zip claims, and checks what the parts contain. This lets
 * us refuse zip bombs, XML entities, macros and non-workbook documents with a clear reason.
 *
 * <p>The zip is streamed with commons-compress (the library POI itself reads zips with, so we see the same entries
 * POI will) rather than {@code java.util.zip.ZipInputStream}: the JDK 17 stream rejects the ZIP64 data descriptors
 * that POI's own streaming writer (SXSSF) and other tools produce, which would refuse perfectly valid exports.
 */
final class ZipInspector {

    private static final Set<String> NOT_XML = Set.of("png", "jpg", "jpeg", "jfif", "gif", "bmp", "tif", "tiff",
            "emf", "wmf", "emz", "wmz", "svg", "wdp", "ico", "bin", "xlsx", "xlsm", "xls", "docx", "doc", "pptx",
            "ppt", "pdf", "ttf", "odttf", "fntdata");
    /** The main part types of an Excel workbook (macro-enabled ones too, so that they are refused as macros). */
    private static final String[] WORKBOOK_TYPES = {"spreadsheetml.sheet.main+xml", "spreadsheetml.template.main+xml",
            "ms-excel.sheet.macroenabled.main+xml", "ms-excel.template.macroenabled.main+xml",
            "ms-excel.addin.macroenabled.main+xml"};

    private ZipInspector() {
    }

    /** Refuses the zip unless it looks like a plain (macro-free) Excel workbook that is safe to hand to POI. */
    static void inspect(byte[] content, ReadLimits limits) throws SpreadsheetRefusedException {
        byte[] buffer = new byte[64 * 1024];
        int entries = 0;
        long total = 0;
        boolean xmlEntities = false;
        boolean contentTypesSeen = false;
        var workbookTypes = new MarkerScanner(WORKBOOK_TYPES);
        var macros = new OfficeMacros();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8.name(), true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw bomb("more than " + limits.maxZipEntries() + " zip entries");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                boolean isContentTypes = name.equals("[content_types].xml") || name.equals("/[content_types].xml");
                MarkupScanner scanner = NOT_XML.contains(extension(name)) ? null : new MarkupScanner();
                contentTypesSeen |= isContentTypes;
                var part = macros.part(name);
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw bomb("more than " + limits.maxUncompressedBytes() + " bytes once unzipped");
                    }
                    // Measured on the bytes really consumed and produced, so a lying header changes nothing.
                    checkRatio(name, inflated, Math.max(1, zip.getCompressedCount()), limits);
                    if (scanner != null) {
                        scanner.feed(buffer, n);
                    }
                    // the whole part, however large: a declaration after the first MiB counts as much as one before
                    if (isContentTypes) {
                        workbookTypes.feed(buffer, 0, n);
                    }
                    part.feed(buffer, n);
                }
                part.end();
                xmlEntities |= scanner != null && scanner.found();
            }
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRefusedException(Reason.CORRUPT, "unreadable zip: " + e, e);
        }
        if (entries == 0) {
            throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET, "zip without entries");
        }
        if (xmlEntities) {
            throw new SpreadsheetRefusedException(Reason.XML_ENTITIES, "DOCTYPE or ENTITY declaration in a part");
        }
        if (!contentTypesSeen) {
            throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET, "zip without [Content_Types].xml");
        }
        if (!workbookTypes.foundAny()) {
            throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET,
                    "OOXML package without an Excel workbook part (Word, PowerPoint, xlsb...)");
        }
        var macro = macros.found();
        if (macro.isPresent()) {
            throw new SpreadsheetRefusedException(Reason.MACROS, macro.get());
        }
    }

    private static void checkRatio(String name, long inflated, long compressed, ReadLimits limits)
            throws SpreadsheetRefusedException {
        if (inflated > limits.compressionRatioMinBytes() && inflated / compressed > limits.maxCompressionRatio()) {
            throw bomb("entry " + name + " inflates " + inflated + " bytes from " + compressed);
        }
    }

    private static SpreadsheetRefusedException bomb(String detail) {
        return new SpreadsheetRefusedException(Reason.ZIP_BOMB, detail);
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1) : "";
    }

    /**
     * Streams through bytes looking for "&lt;!DOCTYPE" or "&lt;!ENTITY" (ignoring case, and ignoring NUL bytes so
     * UTF-16 and UTF-32 encoded parts cannot hide them). Constant memory whatever the part size.
     */
    static final class MarkupScanner {
        private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
        private int doctypeMatched;
        private int entityMatched;
        private boolean found;

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length && !found; i++) {
                byte b = bytes[i];
                if (b == 0) {
                    continue;
                }
                if (b >= 'a' && b <= 'z') {
                    b -= 32;
                }
                doctypeMatched = advance(DOCTYPE, doctypeMatched, b);
                entityMatched = advance(ENTITY, entityMatched, b);
                found = doctypeMatched == DOCTYPE.length || entityMatched == ENTITY.length;
            }
        }

        // Both markers start with '<' and never repeat it, so on a mismatch the only possible restart is at '<'.
        private static int advance(byte[] marker, int matched, byte b) {
            if (marker[matched] == b) {
                return matched + 1;
            }
            return b == '<' ? 1 : 0;
        }

        boolean found() {
            return found;
        }
    }
}

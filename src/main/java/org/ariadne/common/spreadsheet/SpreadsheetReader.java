package org.ariadne.common.spreadsheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;

/**
 * Turns an uploaded file into a {@link Grid} of plain cell values, or refuses it with a reason the user can act on.
 *
 * <p>The kind (XLSX, XLS, CSV) is detected from the content, never trusted from the file name. Formulas are never
 * evaluated, macros never run, and XLSX zips are inspected for bombs and XML entities before Apache POI parses them.
 * Only one sheet is read: the first visible one, or the one named in {@link ReadLimits#sheetName()}.
 *
 * <p>Thread-safe: all methods are static and keep no state between calls.
 */
public final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    /** Reads with {@link ReadLimits#defaults()}. */
    public static Grid read(byte[] content, String fileName) throws SpreadsheetRefusedException {
        return read(content, fileName, ReadLimits.defaults());
    }

    /**
     * Reads the first visible sheet (or the sheet named in the limits).
     *
     * @param content  the uploaded bytes
     * @param fileName the name the user's browser sent; only used to name a CSV's sheet and in log messages
     * @param limits   size limits and the sheet to read
     * @return the sheet's cells
     * @throws SpreadsheetRefusedException when the file cannot or must not be read; never for a programming error
     */
    public static Grid read(byte[] content, String fileName, ReadLimits limits) throws SpreadsheetRefusedException {
        String name = fileName == null ? "" : fileName;
        try {
            return detectAndRead(content, name, limits);
        } catch (SpreadsheetRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            // Last line of defence: whatever a hostile file makes a library throw, the user gets "damaged file".
            throw new SpreadsheetRefusedException(Reason.CORRUPT, "unexpected failure reading " + name + ": " + e, e);
        }
    }

    private static Grid detectAndRead(byte[] content, String fileName, ReadLimits limits)
            throws SpreadsheetRefusedException {
        if (content != null && content.length > limits.maxBytes()) {
            throw new SpreadsheetRefusedException(Reason.TOO_LARGE, fileName + " has " + content.length + " bytes",
                    Math.max(1, limits.maxBytes() / (1024 * 1024)));
        }
        if (content == null || isBlank(content)) {
            throw new SpreadsheetRefusedException(Reason.EMPTY, "no content in " + fileName);
        }
        FileMagic magic = FileMagic.valueOf(content);
        return switch (magic) {
            case OOXML -> {
                ZipInspector.inspect(content, limits);
                applyPoiZipGuards(limits);
                yield XlsxGridReader.read(content, limits);
            }
            case OLE2 -> XlsGridReader.read(content, limits);
            case UNKNOWN -> CsvGridReader.read(content, baseName(fileName), limits);
            default -> throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET,
                    fileName + " is " + magic + ", not a spreadsheet");
        };
    }

    /**
     * POI has its own zip-bomb guard; it is set to our limits as a second line of defence. POI checks the ratio
     * from 100 KB on (we start at 1 MB), so a part between the two with an extreme ratio is still refused, as
     * ZIP_BOMB. These settings are JVM-wide in POI; every read applies its own limits again.
     */
    private static synchronized void applyPoiZipGuards(ReadLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUncompressedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
    }

    /** Empty, or nothing but a UTF-8 byte order mark and ASCII white space. */
    private static boolean isBlank(byte[] content) {
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        name = (dot > 0 ? name.substring(0, dot) : name).strip();
        return name.isEmpty() ? "Sheet1" : name;
    }
}

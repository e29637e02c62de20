package org.ariadne.common.spreadsheet;

/**
 * Limits (and the one option, which sheet to read) applied by {@link SpreadsheetReader}. They exist so a hostile or
 * accidental huge file is refused with a clear message instead of exhausting the server's memory.
 *
 * @param maxBytes                 largest accepted upload, in bytes
 * @param maxUncompressedBytes     largest total size of all parts of an XLSX once unzipped
 * @param maxZipEntries            most parts an XLSX may contain
 * @param maxCompressionRatio      highest compression ratio of one XLSX part (uncompressed / compressed) ...
 * @param compressionRatioMinBytes ... checked only once that part is larger than this many bytes uncompressed
 * @param maxRows                  last row (1-based) that may hold a value
 * @param maxColumns               number of columns (from A) that may hold values
 * @param maxCells                 most non-empty cells in the sheet (including copies filled into merged regions)
 * @param sheetName                sheet to read (matched ignoring case); {@code null} reads the first visible sheet
 */
public record ReadLimits(long maxBytes, long maxUncompressedBytes, int maxZipEntries, int maxCompressionRatio,
                         long compressionRatioMinBytes, int maxRows, int maxColumns, int maxCells,
                         String sheetName) {

    private static final long MB = 1024L * 1024L;

    public ReadLimits {
        if (maxBytes <= 0 || maxUncompressedBytes <= 0 || maxZipEntries <= 0 || maxCompressionRatio <= 0
                || compressionRatioMinBytes < 0 || maxRows <= 0 || maxColumns <= 0 || maxCells <= 0) {
            throw new IllegalArgumentException("Spreadsheet read limits must be positive");
        }
        if (sheetName != null && sheetName.isBlank()) {
            sheetName = null;
        }
    }

    /** 10 MB upload, 100 MB unzipped, 1,000 parts, 100:1 above 1 MB, 20,000 rows, 200 columns, 1,000,000 cells. */
    public static ReadLimits defaults() {
        return new ReadLimits(10 * MB, 100 * MB, 1_000, 100, MB, 20_000, 200, 1_000_000, null);
    }

    /** The same limits, reading the named sheet instead of the first visible one. */
    public ReadLimits withSheetName(String name) {
        return new ReadLimits(maxBytes, maxUncompressedBytes, maxZipEntries, maxCompressionRatio,
                compressionRatioMinBytes, maxRows, maxColumns, maxCells, name);
    }

    /** The same limits with another upload size limit. */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxUncompressedBytes, maxZipEntries, maxCompressionRatio,
                compressionRatioMinBytes, maxRows, maxColumns, maxCells, sheetName);
    }

    /** The same limits with another unzipped size limit. */
    public ReadLimits withMaxUncompressedBytes(long bytes) {
        return new ReadLimits(maxBytes, bytes, maxZipEntries, maxCompressionRatio,
                compressionRatioMinBytes, maxRows, maxColumns, maxCells, sheetName);
    }

    /** The same limits with another row limit. */
    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(maxBytes, maxUncompressedBytes, maxZipEntries, maxCompressionRatio,
                compressionRatioMinBytes, rows, maxColumns, maxCells, sheetName);
    }

    /** The same limits with another column limit. */
    public ReadLimits withMaxColumns(int columns) {
        return new ReadLimits(maxBytes, maxUncompressedBytes, maxZipEntries, maxCompressionRatio,
                compressionRatioMinBytes, maxRows, columns, maxCells, sheetName);
    }

    /** The same limits with another cell-count limit. */
    public ReadLimits withMaxCells(int cells) {
        return new ReadLimits(maxBytes, maxUncompressedBytes, maxZipEntries, maxCompressionRatio,
                compressionRatioMinBytes, maxRows, maxColumns, cells, sheetName);
    }
}

package org.ariadne.publication.web;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.web.FileDownload;
import org.ariadne.publication.PublicTable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A public table as CSV or XLSX, through {@link SafeSpreadsheetWriter}: titles and names are typed by people and must
 * never become formulas in the spreadsheet of whoever downloads them.
 */
final class TableFiles {

    private TableFiles() {
    }

    /**
     * The table's file; with suppressed counts, their mark stays in their cells and a last row says what it means
     * ({@code legend}), so the file explains itself wherever it is passed on.
     */
    static ResponseEntity<byte[]> file(PublicTable table, String format, String stem, CacheControl cache,
            String legend) {
        List<List<Object>> rows = table.rows();
        if (SuppressedCells.anyIn(rows)) {
            rows = new ArrayList<>(rows);
            rows.add(List.of(legend));
        }
        var content = FileDownload.tableBytes(format, table.title(), table.header(), rows);
        return FileDownload.attachment(fileName(stem) + "-" + table.name() + "." + format,
                        "xlsx".equals(format) ? FileDownload.XLSX : FileDownload.CSV)
                .cacheControl(cache)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE)
                .body(content);
    }

    /** Letters and digits of the plan's title (and year), joined by dashes, at most 80 characters. */
    static String fileName(String stem) {
        var shortened = FileDownload.fileStem(stem, 80);
        return shortened.isEmpty() ? "portal" : shortened;
    }
}

package org.ariadne.publication.web;

import java.nio.charset.StandardCharsets;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.publication.PublicTable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A public table as CSV or XLSX, through {@link SafeSpreadsheetWriter}: titles and names are typed by people and must
 * never become formulas in the spreadsheet of whoever downloads them.
 */
final class TableFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private TableFiles() {
    }

    static ResponseEntity<byte[]> file(PublicTable table, String format, String stem, CacheControl cache) {
        byte[] content;
        MediaType type;
        if ("xlsx".equals(format)) {
            try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
                xlsx.sheet(table.title()).header(table.header());
                table.rows().forEach(xlsx::row);
                content = xlsx.toBytes();
            }
            type = XLSX;
        } else if ("csv".equals(format)) {
            var csv = SafeSpreadsheetWriter.csv().header(table.header());
            table.rows().forEach(csv::row);
            content = csv.toBytes();
            type = CSV;
        } else {
            throw NotFoundException.of("download format", format);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(cache)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(stem) + "-" + table.name() + "." + format, StandardCharsets.UTF_8).build()
                        .toString())
                .body(content);
    }

    /** Letters and digits of the plan's title (and year), joined by dashes, at most 80 characters. */
    static String fileName(String stem) {
        var cleaned = stem.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        var shortened = cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
        return shortened.isEmpty() ? "portal" : shortened;
    }
}

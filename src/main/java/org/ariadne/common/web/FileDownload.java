package org.ariadne.common.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every download of Ariadne answers the same way: the browser saves the file under a readable name (UTF-8, so that
 * "Plani-për-2016.xlsx" keeps its letters), with the content type of its extension; a table is written through
 * {@link SafeSpreadsheetWriter}, so that text people typed never becomes a formula in the colleague's spreadsheet.
 * Every download is an attachment (never shown in the browser), with {@code X-Content-Type-Options: nosniff} (the
 * browser does not guess another type from the content) and {@code Cache-Control: no-store, private} (nothing of it
 * stays in a shared cache or the browser's); a public file (the portal's) sets its own cache control after this.
 *
 * <pre>{@code
 * return FileDownload.table(format, "plans-" + today, title, header, rows);      // csv or xlsx, from the address
 * return FileDownload.file(bytes, "user-accounts-" + today + ".csv");            // a file built elsewhere
 * writer.write(FileDownload.stream(response, "audit-trail.csv", FileDownload.CSV)); // written as it is read
 * }</pre>
 */
public final class FileDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    private static final CacheControl PRIVATE = CacheControl.noStore().cachePrivate();

    private FileDownload() {
    }

    /**
     * One table as CSV or XLSX, named {@code fileStem.format}.
     *
     * @param format "csv" or "xlsx" (from the address); anything else is a page that does not exist
     * @param sheet  the XLSX sheet's name (a CSV has none)
     */
    public static ResponseEntity<byte[]> table(String format, String fileStem, String sheet, List<String> header,
            List<? extends List<?>> rows) {
        return file(tableBytes(format, sheet, header, rows), fileStem + "." + format);
    }

    /** The bytes of {@link #table}, for a response that needs more than the table (a note after it). */
    public static byte[] tableBytes(String format, String sheet, List<String> header, List<? extends List<?>> rows) {
        switch (format) {
            case "csv" -> {
                var csv = SafeSpreadsheetWriter.csv().header(header);
                rows.forEach(csv::row);
                return csv.toBytes();
            }
            case "xlsx" -> {
                try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
                    xlsx.sheet(sheet).header(header);
                    rows.forEach(xlsx::row);
                    return xlsx.toBytes();
                }
            }
            default -> throw NotFoundException.of("download format", format);
        }
    }

    /** A file built elsewhere, saved as {@code fileName}; CSV and XLSX get their own content type. */
    public static ResponseEntity<byte[]> file(byte[] content, String fileName) {
        return attachment(fileName, typeOf(fileName)).body(content);
    }

    /** A file of another kind (a PDF, a Word document), saved as {@code fileName}. */
    public static ResponseEntity<byte[]> file(byte[] content, String fileName, MediaType type) {
        return attachment(fileName, type).body(content);
    }

    /** The start of a download response, for one that adds headers of its own (no caching of a report). */
    public static ResponseEntity.BodyBuilder attachment(String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header(NOSNIFF_HEADER, "nosniff")
                .cacheControl(PRIVATE);
    }

    /**
     * A download written straight to the response as it is read (the audit trail, a whole year of it), with the
     * same headers as every other download; answers the stream to write it to.
     */
    public static OutputStream stream(HttpServletResponse response, String fileName, MediaType type)
            throws IOException {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
        response.setHeader(NOSNIFF_HEADER, "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE.getHeaderValue());
        return response.getOutputStream();
    }

    /** {@code attachment; filename*=UTF-8''Plani-p%C3%ABr-2016.xlsx} (RFC 5987), with a plain fallback. */
    private static String disposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    /**
     * Letters and digits of {@code text} joined by dashes and cut to {@code maxLength} ("Plan 2015–2019 (demo)" →
     * "Plan-2015-2019-demo"), so that a title makes a file name that every system accepts.
     */
    public static String fileStem(String text, int maxLength) {
        var cleaned = text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return cleaned.length() > maxLength ? cleaned.substring(0, maxLength) : cleaned;
    }

    private static MediaType typeOf(String fileName) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return XLSX;
        }
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}

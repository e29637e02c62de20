package org.ariadne.dashboards.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.dashboards.DashboardTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every chart's table and every table of the dashboards as CSV or XLSX, from the same page address with
 * {@code download=csv|xlsx&chart=<name>}. Everything goes through {@link SafeSpreadsheetWriter}: titles and names are
 * typed by people and must never become formulas.
 */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    static Links links(String path, MultiValueMap<String, String> parameters, String name) {
        return new Links(link(path, parameters, "csv", name), link(path, parameters, "xlsx", name));
    }

    private static String link(String path, MultiValueMap<String, String> parameters, String format, String name) {
        return UriComponentsBuilder.fromPath(path).queryParams(parameters).queryParam("download", format)
                .queryParam("chart", name).encode().build().toUriString();
    }

    static ResponseEntity<byte[]> file(List<DashboardTable> tables, String name, String format, String fileStem) {
        var table = tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> NotFoundException.of("table", name));
        byte[] content;
        MediaType type;
        String extension;
        if ("xlsx".equals(format)) {
            try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
                xlsx.sheet(table.title()).header(table.header());
                table.rows().forEach(xlsx::row);
                content = xlsx.toBytes();
            }
            type = XLSX;
            extension = "xlsx";
        } else if ("csv".equals(format)) {
            var csv = SafeSpreadsheetWriter.csv().header(table.header());
            table.rows().forEach(csv::row);
            content = csv.toBytes();
            type = CSV;
            extension = "csv";
        } else {
            throw NotFoundException.of("download format", format);
        }
        var fileName = fileName(fileStem) + "-" + table.name() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** Letters and digits of the plan's title and the year, joined by dashes, at most 80 characters. */
    static String fileName(String stem) {
        var cleaned = stem.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        var shortened = cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
        return shortened.isEmpty() ? "dashboard" : shortened;
    }
}

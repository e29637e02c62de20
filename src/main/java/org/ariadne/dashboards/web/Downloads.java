package org.ariadne.dashboards.web;

import java.util.List;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.web.FileDownload;
import org.ariadne.dashboards.DashboardTable;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every chart's table and every table of the dashboards as CSV or XLSX, from the same page address with
 * {@code download=csv|xlsx&chart=<name>}. Everything goes through {@link SafeSpreadsheetWriter}: titles and names are
 * typed by people and must never become formulas.
 */
final class Downloads {

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
        return FileDownload.table(format, fileName(fileStem) + "-" + table.name(), table.title(), table.header(),
                table.rows());
    }

    /** Letters and digits of the plan's title and the year, joined by dashes, at most 80 characters. */
    static String fileName(String stem) {
        var shortened = FileDownload.fileStem(stem, 80);
        return shortened.isEmpty() ? "dashboard" : shortened;
    }
}

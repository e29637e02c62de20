package org.ariadne.reporting.workbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ariadne.common.spreadsheet.Grid;

/**
 * What the hidden "ariadne" sheet of a report workbook says: whose report for which period it is the template of,
 * the revision (and a digest of the content) of every part at download, which part of an indicator's value each
 * column holds, and the fingerprint of the "Report" sheet's structure.
 */
record TemplateStamp(long planId, long periodId, long institutionId, String institutionName, String periodLabel,
        String sheetName, String fingerprint, Map<String, Downloaded> parts, SortedMap<Long, List<String>> partColumns) {

    static final String SHEET = "ariadne";
    private static final String MARK = "ariadne-progress-report";
    private static final String VERSION = "1";

    /** A part of the report (an activity entry or a value) as it was when the workbook was downloaded. */
    record Downloaded(int revision, String digest) {
    }

    void writeTo(XSSFSheet sheet) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(MARK, VERSION));
        rows.add(List.of("plan", Long.toString(planId)));
        rows.add(List.of("period", Long.toString(periodId)));
        rows.add(List.of("institution", Long.toString(institutionId)));
        rows.add(List.of("institution-name", institutionName));
        rows.add(List.of("period-label", periodLabel));
        rows.add(List.of("sheet", sheetName));
        rows.add(List.of("fingerprint", fingerprint));
        parts.forEach((key, part) -> rows.add(List.of("part", key, Integer.toString(part.revision()), part.digest())));
        partColumns.forEach((indicatorId, keys) -> {
            var row = new ArrayList<String>();
            row.add("columns");
            row.add(Long.toString(indicatorId));
            row.addAll(keys);
            rows.add(row);
        });
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r);
            var values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    /** The stamp of a workbook, or empty when the sheet is not one Ariadne wrote. */
    static Optional<TemplateStamp> read(Grid grid) {
        var first = grid.row(1);
        if (!MARK.equals(first.cell(0).text()) || !VERSION.equals(first.cell(1).text())) {
            return Optional.empty();
        }
        var values = new LinkedHashMap<String, String>();
        var parts = new LinkedHashMap<String, Downloaded>();
        var columns = new TreeMap<Long, List<String>>();
        try {
            for (var row : grid.rows()) {
                var kind = row.cell(0).text();
                if (kind.equals("part")) {
                    parts.put(row.cell(1).text(), new Downloaded(Integer.parseInt(row.cell(2).text()), row.cell(3).text()));
                } else if (kind.equals("columns")) {
                    var keys = new ArrayList<String>();
                    for (int c = 2; c < row.size(); c++) {
                        keys.add(row.cell(c).text());
                    }
                    columns.put(Long.parseLong(row.cell(1).text()), List.copyOf(keys));
                } else if (!kind.isEmpty()) {
                    values.put(kind, row.cell(1).text());
                }
            }
            return Optional.of(new TemplateStamp(Long.parseLong(values.get("plan")), Long.parseLong(values.get("period")),
                    Long.parseLong(values.get("institution")), values.getOrDefault("institution-name", ""),
                    values.getOrDefault("period-label", ""), values.getOrDefault("sheet", ""),
                    values.getOrDefault("fingerprint", ""), parts, columns));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * SHA-256 of the structure: which key is on which row, which marker in which column, which part of which
     * indicator in which column. Taken when the workbook is written and again from the uploaded "Report" sheet.
     */
    static String fingerprint(long planId, long periodId, long institutionId, SortedMap<Integer, String> rowKeys,
            SortedMap<Integer, String> columnMarkers, SortedMap<Long, List<String>> partColumns) {
        var text = new StringBuilder(VERSION).append('\n')
                .append(planId).append('/').append(periodId).append('/').append(institutionId).append('\n');
        rowKeys.forEach((row, key) -> text.append("row ").append(row).append('=').append(key).append('\n'));
        columnMarkers.forEach((column, marker) -> text.append("col ").append(column).append('=').append(marker).append('\n'));
        partColumns.forEach((indicator, keys) -> text.append("parts ").append(indicator).append('=')
                .append(String.join("\u001f", keys)).append('\n'));
        return sha256(text.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}

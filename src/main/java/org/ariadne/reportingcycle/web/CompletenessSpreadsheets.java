package org.ariadne.reportingcycle.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.reportingcycle.Completeness.Cell;
import org.ariadne.reportingcycle.Completeness.Rate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The completeness matrix and the overdue list as spreadsheets, with the page's filters, so the office can send
 * them on or chase institutions offline. Institution names are typed by people: everything goes through
 * {@link SafeSpreadsheetWriter}.
 */
@Component
class CompletenessSpreadsheets {

    private final MessageSource messages;

    CompletenessSpreadsheets(MessageSource messages) {
        this.messages = messages;
    }

    byte[] matrixXlsx(CompletenessTable table, Locale locale) {
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(text("completeness.export.sheet", locale)).header(matrixHeader(table, locale));
            matrixRows(table, locale).forEach(xlsx::row);
            return xlsx.toBytes();
        }
    }

    byte[] matrixCsv(CompletenessTable table, Locale locale) {
        var csv = SafeSpreadsheetWriter.csv().header(matrixHeader(table, locale));
        matrixRows(table, locale).forEach(csv::row);
        return csv.toBytes();
    }

    byte[] overdueCsv(List<CompletenessController.OverdueLine> lines, String baseUrl, Locale locale) {
        var csv = SafeSpreadsheetWriter.csv().header(overdueHeader(locale));
        overdueRows(lines, baseUrl, locale).forEach(csv::row);
        return csv.toBytes();
    }

    byte[] overdueXlsx(List<CompletenessController.OverdueLine> lines, String baseUrl, Locale locale) {
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(text("completeness.overdue.title", locale)).header(overdueHeader(locale));
            overdueRows(lines, baseUrl, locale).forEach(xlsx::row);
            return xlsx.toBytes();
        }
    }

    private List<String> overdueHeader(Locale locale) {
        return Stream.of("institution", "period", "deadline", "days", "report", "focal-points", "emails", "link")
                .map(key -> text("completeness.overdue.export." + key, locale)).toList();
    }

    /** The deadline a date and the days a number, so the office can sort and filter them in Excel. */
    private List<List<Object>> overdueRows(List<CompletenessController.OverdueLine> lines, String baseUrl,
            Locale locale) {
        return lines.stream().map(line -> Arrays.<Object>asList(line.institution(), line.period().label(),
                        line.period().deadline(), line.daysOverdue(), text(line.reportKey(), locale),
                        line.focalPoints().stream().map(contact -> contact.name()).collect(Collectors.joining("; ")),
                        line.focalPoints().stream().map(contact -> contact.email()).collect(Collectors.joining("; ")),
                        baseUrl + line.link()))
                .toList();
    }

    private List<String> matrixHeader(CompletenessTable table, Locale locale) {
        var header = new ArrayList<String>();
        header.add(text("completeness.export.institution", locale));
        header.add(text("completeness.export.type", locale));
        table.periods().forEach(period -> header.add(period.label()));
        for (var key : List.of("expected", "submitted", "on-time", "rate", "on-time-rate")) {
            header.add(text("completeness.export." + key, locale));
        }
        return header;
    }

    /** A row per institution, then the rates per period and over all institutions shown. */
    private List<List<Object>> matrixRows(CompletenessTable table, Locale locale) {
        var rows = new ArrayList<List<Object>>();
        for (var line : table.lines()) {
            var row = new ArrayList<Object>();
            row.add(line.institution());
            row.add(line.type() == null ? null : text(line.type().messageKey(), locale));
            line.cells().forEach(cell -> row.add(cellText(cell, locale)));
            addRate(row, line.rate());
            rows.add(row);
        }
        rows.add(periodRow(table, "completeness.export.period-rate", Rate::percent, locale));
        rows.add(periodRow(table, "completeness.export.period-on-time", Rate::onTimePercent, locale));
        var overall = new ArrayList<Object>();
        overall.add(text("completeness.export.overall", locale));
        overall.add(null);
        table.periods().forEach(period -> overall.add(null));
        addRate(overall, table.overall());
        rows.add(overall);
        return rows;
    }

    private List<Object> periodRow(CompletenessTable table, String key, java.util.function.ToIntFunction<Rate> percent,
            Locale locale) {
        var row = new ArrayList<Object>();
        row.add(text(key, locale));
        row.add(null);
        // a period with nothing due yet has no rate (Rate would say 100 %)
        table.periodRates().forEach(rate -> row.add(rate.expected() == 0 ? null : percent.applyAsInt(rate)));
        return row;
    }

    private static void addRate(List<Object> row, Rate rate) {
        row.add(rate.expected());
        row.add(rate.submitted());
        row.add(rate.onTime());
        row.add(rate.expected() == 0 ? null : rate.percent());
        row.add(rate.expected() == 0 ? null : rate.onTimePercent());
    }

    private String cellText(Cell cell, Locale locale) {
        return cell.expected() ? text(cell.state().messageKey(), locale)
                : text("completeness.explain.not-expected", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package org.ariadne.reporting.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The tables of the reporting home page as CSV or Excel: the reports waiting for review and an institution's own
 * reports, with dates as dates and a link to each report. Institution names are typed by people: everything goes
 * through {@link SafeSpreadsheetWriter}.
 */
@Component
class ReportHomeSpreadsheets {

    private final MessageSource messages;

    ReportHomeSpreadsheets(MessageSource messages) {
        this.messages = messages;
    }

    byte[] waiting(List<ReportHomeController.Waiting> waiting, String baseUrl, String format, Locale locale) {
        var header = header(locale, "reporting.home.institution", "reporting.home.period", "reporting.home.deadline",
                "reporting.home.submitted", "reporting.home.export.late", "reporting.home.export.link");
        var rows = waiting.stream().map(report -> Arrays.<Object>asList(report.institution(), report.period().label(),
                report.period().deadline(), report.firstSubmittedAt(), yesNo(report.late(), locale),
                baseUrl + report.link())).toList();
        return write(format, text("reporting.home.waiting", locale), header, rows);
    }

    byte[] own(List<ReportHomeController.OwnPeriod> periods, String baseUrl, String format, Locale locale) {
        var header = header(locale, "reporting.home.period", "reporting.home.export.starts",
                "reporting.home.export.ends", "reporting.home.deadline", "reporting.home.state",
                "reporting.home.export.link");
        var rows = periods.stream().map(own -> Arrays.<Object>asList(own.period().label(), own.period().startsOn(),
                own.period().endsOn(), own.period().deadline(), text(own.state().messageKey(), locale),
                baseUrl + own.link())).toList();
        return write(format, text("reporting.home.export.own-sheet", locale), header, rows);
    }

    private static byte[] write(String format, String sheet, List<String> header, List<List<Object>> rows) {
        if ("xlsx".equals(format)) {
            try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
                xlsx.sheet(sheet).header(header);
                rows.forEach(xlsx::row);
                return xlsx.toBytes();
            }
        }
        var csv = SafeSpreadsheetWriter.csv().header(header);
        rows.forEach(csv::row);
        return csv.toBytes();
    }

    private List<String> header(Locale locale, String... keys) {
        return Stream.of(keys).map(key -> text(key, locale)).toList();
    }

    private String yesNo(boolean yes, Locale locale) {
        return text(yes ? "common.yes" : "common.no", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package org.ariadne.regional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.format.Formats;
import org.ariadne.documents.ReportContent;
import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Table;
import org.ariadne.documents.ReportWriters;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The regional report in the reader's language, as Word and PDF written by the annual report's writers from one
 * content (so both say the same): the criteria per participant with the figures behind them, then each regional
 * indicator's figures participant by participant, then how the criteria are judged. Made on request from the
 * comparison as the page shows it.
 */
@Service
@PreAuthorize(RegionalComparison.READERS)
public class RegionalReport {

    private final RegionalComparison comparison;
    private final MessageSource messages;
    private final Clock clock;

    RegionalReport(RegionalComparison comparison, MessageSource messages, Clock clock) {
        this.comparison = comparison;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] docx(Locale locale) {
        return ReportWriters.docx(content(locale));
    }

    public byte[] pdf(Locale locale) {
        return ReportWriters.pdf(content(locale));
    }

    /** The file name without its extension, in the reader's language ("Regional comparison 2026-12-06"). */
    public String fileStem(Locale locale) {
        return text(locale, "regional.report.file", LocalDate.now(clock).toString());
    }

    ReportContent content(Locale locale) {
        var compared = comparison.compare(locale);
        var formats = Formats.of(locale);
        var sections = List.of(criteria(compared, locale), indicators(compared, locale), method(locale));
        return new ReportContent(text(locale, "regional.report.title"), text(locale, "regional.report.subtitle"), locale,
                List.of(text(locale, "regional.report.made", formats.date(LocalDate.now(clock)))),
                text(locale, "documents.contents"), text(locale, "documents.page"), text(locale, "documents.page-of"),
                sections);
    }

    private Section criteria(Comparison compared, Locale locale) {
        var header = new ArrayList<String>();
        header.add(text(locale, "regional.column.participant"));
        header.add(text(locale, "regional.column.plan"));
        for (var criterion : Criterion.values()) {
            header.add(text(locale, criterion.messageKey()));
        }
        var rows = new ArrayList<List<String>>();
        for (var column : compared.columns()) {
            var row = new ArrayList<String>();
            row.add(column.name());
            row.add(column.planTitle() == null ? text(locale, "regional.figure.no-plan")
                    : column.planTitle() + " (" + column.planPeriod() + ")");
            for (var judgement : column.criteria()) {
                row.add(text(locale, judgement.level().messageKey()) + ": " + judgement.figure());
            }
            rows.add(row);
        }
        List<Block> blocks = rows.isEmpty() ? List.of(Paragraph.of(text(locale, "regional.no-participants")))
                : List.of(new Table(header, rows, Collections.nCopies(header.size(), false)));
        return new Section("criteria", text(locale, "regional.criteria.heading"), blocks);
    }

    private Section indicators(Comparison compared, Locale locale) {
        var blocks = new ArrayList<Block>();
        if (compared.rows().isEmpty()) {
            blocks.add(Paragraph.of(text(locale, "regional.indicators.empty")));
        }
        for (var row : compared.rows()) {
            blocks.add(new ReportContent.Subheading(row.indicator().code() + " " + row.name()));
            var lines = new ArrayList<List<String>>();
            for (int i = 0; i < compared.columns().size(); i++) {
                var cell = row.cells().get(i);
                lines.add(cell.mapped()
                        ? List.of(compared.columns().get(i).name(), cell.indicatorName(),
                                cell.value() == null ? text(locale, "regional.no-value") : cell.value(),
                                cell.year() == null ? "" : String.valueOf(cell.year()), cell.progress())
                        : List.of(compared.columns().get(i).name(), text(locale, "regional.not-mapped"), "", "", ""));
            }
            blocks.add(new Table(List.of(text(locale, "regional.column.participant"),
                    text(locale, "regional.column.national-indicator"), text(locale, "regional.column.value"),
                    text(locale, "regional.column.year"), text(locale, "regional.column.progress")), lines,
                    List.of(false, false, true, true, true)));
        }
        return new Section("indicators", text(locale, "regional.indicators.heading"), blocks);
    }

    private Section method(Locale locale) {
        return new Section("method", text(locale, "regional.method.heading"), List.of(
                Paragraph.of(text(locale, "regional.method.adopted")),
                Paragraph.of(text(locale, "regional.method.costed", Criteria.MET_FROM_PERCENT)),
                Paragraph.of(text(locale, "regional.method.monitored", RegionalComparison.CLOSED_PERIODS,
                        Criteria.MET_FROM_PERCENT)),
                Paragraph.of(text(locale, "regional.method.evaluated")),
                Paragraph.noteOf(text(locale, "regional.method.values"))));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

package org.ariadne.regional.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.web.FileDownload;
import org.ariadne.regional.Comparison;
import org.ariadne.regional.Criterion;
import org.ariadne.regional.RegionalComparison;
import org.ariadne.regional.RegionalReport;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The regional officer's comparison: the criteria per participant and each regional indicator's figures side by side,
 * the same table as CSV or Excel, and the regional report as Word or PDF.
 */
@Controller
@PreAuthorize(RegionalComparison.READERS)
class RegionalController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final RegionalComparison comparison;
    private final RegionalReport report;
    private final MessageSource messages;
    private final Clock clock;

    RegionalController(RegionalComparison comparison, RegionalReport report, MessageSource messages, Clock clock) {
        this.comparison = comparison;
        this.report = report;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/regional")
    String page(Model model, Locale locale) {
        model.addAttribute("comparison", comparison.compare(locale));
        model.addAttribute("criteria", Criterion.values());
        return "regional/comparison";
    }

    @GetMapping("/regional.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String format, Locale locale) {
        var compared = comparison.compare(locale);
        var header = new ArrayList<String>(List.of(text("regional.column.row", locale)));
        compared.columns().forEach(column -> header.add(column.name()));
        var rows = new ArrayList<List<?>>();
        var plansRow = new ArrayList<Object>(List.of(text("regional.column.plan", locale)));
        compared.columns().forEach(c -> plansRow.add(c.planTitle() == null ? text("regional.figure.no-plan", locale)
                : c.planTitle() + " (" + c.planPeriod() + ")"));
        rows.add(plansRow);
        for (var criterion : Criterion.values()) {
            var row = new ArrayList<Object>(List.of(text(criterion.messageKey(), locale)));
            compared.columns().forEach(c -> {
                var judgement = c.criterion(criterion);
                row.add(text(judgement.level().messageKey(), locale) + ": " + judgement.figure());
            });
            rows.add(row);
        }
        for (var line : compared.rows()) {
            var row = new ArrayList<Object>(List.of(line.indicator().code() + " " + line.name()));
            line.cells().forEach(cell -> row.add(cellText(cell, locale)));
            rows.add(row);
        }
        return FileDownload.table(format, "regional-" + LocalDate.now(clock), text("regional.title", locale), header,
                rows);
    }

    @GetMapping("/regional/report.{format:docx|pdf}")
    ResponseEntity<byte[]> report(@PathVariable String format, Locale locale) {
        var stem = report.fileStem(locale);
        return "pdf".equals(format) ? FileDownload.file(report.pdf(locale), stem + ".pdf", MediaType.APPLICATION_PDF)
                : FileDownload.file(report.docx(locale), stem + ".docx", DOCX);
    }

    private String cellText(Comparison.Cell cell, Locale locale) {
        if (!cell.mapped()) {
            return text("regional.not-mapped", locale);
        }
        return cell.indicatorName() + ": " + (cell.value() == null ? text("regional.no-value", locale) : cell.value())
                + (cell.year() == null ? "" : " (" + cell.year() + ")") + "; " + cell.progress();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

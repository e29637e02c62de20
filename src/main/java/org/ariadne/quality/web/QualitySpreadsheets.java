package org.ariadne.quality.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.quality.Finding;
import org.springframework.stereotype.Component;

/**
 * The audit as a spreadsheet, one row per finding, so the officer can sort it, share it with an institution or
 * tick findings off offline. Everything goes through {@link SafeSpreadsheetWriter}: titles are typed by people and
 * must never become formulas.
 */
@Component
class QualitySpreadsheets {

    private static final List<String> COLUMNS = Stream.of("code", "element", "kind", "rule", "rule-code", "severity",
            "message", "institution", "link").map(column -> "quality.export." + column).toList();

    private final FindingTexts texts;

    QualitySpreadsheets(FindingTexts texts) {
        this.texts = texts;
    }

    byte[] xlsx(List<Finding> findings, InstitutionDirectory directory, String contextPath, Locale locale) {
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(texts.label("quality.export.sheet-name", locale)).header(header(locale));
            findings.forEach(finding -> xlsx.row(row(finding, directory, contextPath, locale)));
            return xlsx.toBytes();
        }
    }

    byte[] csv(List<Finding> findings, InstitutionDirectory directory, String contextPath, Locale locale) {
        var csv = SafeSpreadsheetWriter.csv().header(header(locale));
        findings.forEach(finding -> csv.row(row(finding, directory, contextPath, locale)));
        return csv.toBytes();
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(key -> texts.label(key, locale)).toList();
    }

    private List<Object> row(Finding finding, InstitutionDirectory directory, String contextPath, Locale locale) {
        var element = finding.element();
        var row = new ArrayList<Object>();
        row.add(element.code());
        row.add(element.title());
        row.add(texts.label(element.kind().messageKey(), locale));
        row.add(texts.label(finding.rule().titleKey(), locale));
        row.add(finding.rule().code());
        row.add(texts.label(finding.severity().messageKey(), locale));
        row.add(texts.message(finding, locale));
        row.add(directory.nameOf(finding.institutionId()));
        row.add(contextPath + finding.fixPath());
        return row;
    }
}

package org.ariadne.reporting;

import java.util.function.Supplier;

import org.ariadne.reportingcycle.PeriodView;

/**
 * A report with what one request needs around it, each read once: its period, the institution's name and, when
 * asked for, its template. {@code report} is null when a reader opens a report nobody has saved anything in yet.
 */
final class ReportContext {

    private final ProgressReport report;
    private final PeriodView period;
    private final String institutionName;
    private final Supplier<ReportTemplate> templateSource;
    private ReportTemplate template;

    ReportContext(ProgressReport report, PeriodView period, String institutionName,
            Supplier<ReportTemplate> templateSource) {
        this.report = report;
        this.period = period;
        this.institutionName = institutionName;
        this.templateSource = templateSource;
    }

    ProgressReport report() {
        return report;
    }

    PeriodView period() {
        return period;
    }

    String institutionName() {
        return institutionName;
    }

    /** The report's template, built from the plan on first use and then kept for the rest of the request. */
    ReportTemplate template() {
        if (template == null) {
            template = templateSource.get();
        }
        return template;
    }

    /** What the audit trail calls the report, or a part of it ({@code detail}). */
    String label(String detail) {
        return period.label() + " · " + institutionName + (detail == null ? "" : " · " + detail);
    }
}

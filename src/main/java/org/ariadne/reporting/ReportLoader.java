package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Loads a progress report with its period, reading each once per request; creates the report on the first change
 * and takes its row lock before anything in it changes.
 */
@Component
class ReportLoader {

    private final Reports reports;
    private final ReportingPeriods periods;
    private final ReportTemplates templates;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final Clock clock;

    ReportLoader(Reports reports, ReportingPeriods periods, ReportTemplates templates, Institutions institutions,
            AuditTrail trail, Clock clock) {
        this.reports = reports;
        this.periods = periods;
        this.templates = templates;
        this.institutions = institutions;
        this.trail = trail;
        this.clock = clock;
    }

    /** The report for reading: its period must exist, the report may not yet. */
    ReportContext forReading(long periodId, long institutionId) {
        var period = period(periodId);
        var report = reports.findByPeriodIdAndInstitutionId(periodId, institutionId).orElse(null);
        return context(report, period, institutionId, null);
    }

    /** A report that must exist, for a step of its workflow. */
    ReportContext existing(long periodId, long institutionId) {
        var report = reports.findByPeriodIdAndInstitutionId(periodId, institutionId)
                .orElseThrow(() -> NotFoundException.of(ProgressReports.REPORT, periodId + "/" + institutionId));
        return context(report, period(periodId), institutionId, null);
    }

    /** The report, created on first use, checked open for changes and locked against a simultaneous submission. */
    ReportContext openForChanges(long periodId, long institutionId) {
        var period = period(periodId);
        var report = reports.findByPeriodIdAndInstitutionId(periodId, institutionId).orElse(null);
        ReportTemplate template = null;
        if (report == null) {
            if (period.startsOn().isAfter(LocalDate.now(clock))) {
                throw ReportingException.periodNotOpen(period.label());
            }
            template = templates.of(period, institutionId);
            if (template.isEmpty()) {
                throw ReportingException.noReportingFor(institutionName(institutionId));
            }
            report = create(period, institutionId);
        }
        report.checkEditable();
        if (reports.touchIfEditable(report.id(), now()) == 0) {
            throw ReportingException.notEditable(reports.findById(report.id()).orElseThrow().status());
        }
        return context(report, period, institutionId, template);
    }

    private ProgressReport create(PeriodView period, long institutionId) {
        try {
            var report = reports.save(ProgressReport.draft(period.planId(), period.id(), institutionId, now()));
            var context = context(report, period, institutionId, null);
            trail.recordCreated(report.audited(context.label(null)));
            return report;
        } catch (DuplicateKeyException createdMeanwhile) {
            return reports.findByPeriodIdAndInstitutionId(period.id(), institutionId).orElseThrow();
        }
    }

    ReportLayout layout(ReportContext context) {
        return templates.layout(context.template(), context.period());
    }

    String institutionName(long institutionId) {
        return institutions.directory().nameOf(institutionId);
    }

    private ReportContext context(ProgressReport report, PeriodView period, long institutionId,
            ReportTemplate template) {
        return new ReportContext(report, period, institutionName(institutionId),
                template != null ? () -> template : () -> templates.of(period, institutionId));
    }

    private PeriodView period(long periodId) {
        return periods.period(periodId);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

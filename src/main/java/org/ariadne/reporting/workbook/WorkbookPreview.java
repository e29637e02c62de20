package org.ariadne.reporting.workbook;

import java.util.List;

import org.ariadne.reporting.ReportSheet;

/**
 * Everything the preview of an uploaded report workbook shows before anything is saved: the report it goes
 * into, each problem by cell, and each change part by part, conflicts included.
 */
public record WorkbookPreview(String token, String fileName, ReportSheet report, List<CellProblem> problems,
        List<PartChange> changes) {

    public long errorCount() {
        return problems.stream().filter(CellProblem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public long conflictCount() {
        return changes.stream().filter(PartChange::conflict).count();
    }

    public boolean canConfirm() {
        return errorCount() == 0 && !changes.isEmpty();
    }

    /**
     * What this preview says confirming would do: every change with its before, after and conflict, and how many
     * problems block it. A confirmation whose preview had another fingerprint is refused.
     */
    public String fingerprint() {
        return org.ariadne.common.upload.PendingUploads.fingerprint(report.period().id(), report.institutionId(),
                changes, errorCount());
    }
}

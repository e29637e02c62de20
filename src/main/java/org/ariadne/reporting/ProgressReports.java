package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Progress reports: the sheet an institution fills for a period, saving it part by part, and the workflow from
 * draft to accepted. The module's front door for reports: every call checks the caller's role and institution
 * ({@link ReportAccess}) and every change is written to the audit trail, by the service that does the work:
 * {@link ReportSheets} reads, {@link ReportEntries} saves parts, {@link ReportWorkflow} takes the steps of the
 * workflow, {@link ReportEvidence} keeps the evidence files.
 */
@Service
@PreAuthorize("isAuthenticated()")
@org.springframework.modulith.NamedInterface("changes")
public class ProgressReports {

    static final String REPORT = "progress-report";
    static final String ACTIVITY_ENTRY = "report-activity";
    static final String VALUE = "report-value";
    static final String EVIDENCE = "report-evidence";

    private final ReportSheets sheets;
    private final ReportEntries entries;
    private final ReportWorkflow workflow;
    private final ReportEvidence evidence;

    ProgressReports(ReportSheets sheets, ReportEntries entries, ReportWorkflow workflow, ReportEvidence evidence) {
        this.sheets = sheets;
        this.entries = entries;
        this.workflow = workflow;
        this.evidence = evidence;
    }

    // ---- reading ----

    /** The report of an institution for a period, as its form shows it (also before anything is saved). */
    public ReportSheet sheet(long periodId, long institutionId) {
        return sheets.sheet(periodId, institutionId);
    }

    public List<EvidenceView> evidence(long reportId) {
        return evidence.evidence(reportId);
    }

    // ---- saving, part by part ----

    /**
     * Saves what the institution reports on one activity. {@code expectedVersion} is the revision of the entry the
     * user loaded (0 if nobody had saved it): if someone saved it since, nothing is overwritten. Returns the new
     * revision.
     */
    public int saveActivity(long periodId, long institutionId, long activityId, int expectedVersion,
            ActivityEntryCommand command) {
        return entries.saveActivity(periodId, institutionId, activityId, expectedVersion, command);
    }

    /** Saves the value of one indicator for one collection period (see {@link #saveActivity} on versions). */
    public int saveValue(long periodId, long institutionId, long indicatorId, LocalDate startsOn, int expectedVersion,
            ValueCommand command) {
        return entries.saveValue(periodId, institutionId, indicatorId, startsOn, expectedVersion, command);
    }

    /**
     * Saves several parts of the report at once, as an uploaded workbook brings them: in one transaction, so that
     * either every part is saved or, at the first refusal or conflict, none is. Returns the number of parts saved.
     */
    public int saveAll(long periodId, long institutionId, List<ActivityEntryUpdate> activities, List<ValueUpdate> values) {
        return entries.saveAll(periodId, institutionId, activities, values);
    }

    // ---- workflow ----

    /** Submits the report; every activity must have a status first. */
    public void submit(long periodId, long institutionId, int expectedVersion) {
        workflow.submit(periodId, institutionId, expectedVersion);
    }

    /** Returns a submitted report with a comment on the whole and, optionally, on single activities. */
    public void returnForChanges(long periodId, long institutionId, int expectedVersion, String comment,
            Map<Long, String> activityComments) {
        workflow.returnForChanges(periodId, institutionId, expectedVersion, comment, activityComments);
    }

    /** Accepts a submitted report, which locks it and gives its activity statuses to the plan. */
    public void accept(long periodId, long institutionId, int expectedVersion) {
        workflow.accept(periodId, institutionId, expectedVersion);
    }

    /** Reopens an accepted report for a correction; only the M&E officer, and only with a reason. */
    public void reopen(long periodId, long institutionId, int expectedVersion, String reason) {
        workflow.reopen(periodId, institutionId, expectedVersion, reason);
    }

    // ---- evidence ----

    /** Attaches a means of verification to an activity of the report; the type is checked from the content. */
    public long attach(long periodId, long institutionId, long activityId, String fileName, byte[] content) {
        return evidence.attach(periodId, institutionId, activityId, fileName, content);
    }

    /** An evidence file, for those who may see the report it belongs to. */
    public EvidenceFile download(long evidenceId) {
        return evidence.download(evidenceId);
    }

    /** Removes an evidence file while the report can still be changed. */
    public void removeEvidence(long evidenceId) {
        evidence.removeEvidence(evidenceId);
    }

    /** A downloadable evidence file. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }
}

package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Evidence files attached to the activities of a report: the rows in the database, the files on disk. */
@Service
class ReportEvidence {

    private final ReportLoader loader;
    private final EvidenceFiles files;
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final ReportingProperties properties;
    private final Clock clock;

    ReportEvidence(ReportLoader loader, EvidenceFiles files, JdbcClient jdbc, AuditTrail trail,
            ReportingProperties properties, Clock clock) {
        this.loader = loader;
        this.files = files;
        this.jdbc = jdbc;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    /** An evidence row with what decides who may reach it: the institution, status and period of its report. */
    record EvidenceRow(long id, long reportId, String fileName, String contentType, String storageKey,
            long institutionId, long periodId, ReportStatus status) {
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> evidence(long reportId) {
        return jdbc.sql("""
                        select id, report_id, activity_id, file_name, content_type, size_bytes, sha256, uploaded_by,
                               uploaded_at
                        from report_evidence where report_id = ? order by uploaded_at, id""")
                .param(reportId).query(EvidenceView.class).list();
    }

    /** Attaches a means of verification to an activity of the report; the type is checked from the content. */
    @Transactional
    public long attach(long periodId, long institutionId, long activityId, String fileName, byte[] content) {
        var user = ReportAccess.checkEdit(institutionId);
        if (content == null || content.length == 0) {
            throw ReportingException.evidenceEmpty();
        }
        if (content.length > properties.maxEvidenceBytes()) {
            throw ReportingException.evidenceTooLarge(properties.maxEvidenceBytes() / (1024 * 1024));
        }
        var type = EvidenceFiles.accepted(fileName, content);
        var context = loader.openForChanges(periodId, institutionId);
        var report = context.report();
        var activity = context.template().activity(activityId);
        var key = files.store(content);
        var name = EvidenceFiles.displayName(fileName);
        jdbc.sql("""
                        insert into report_evidence (report_id, activity_id, file_name, content_type, size_bytes, sha256,
                                                     storage_key, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.id(), activityId, name, type.contentType(), content.length, EvidenceFiles.sha256(content), key,
                        user.getUsername(), java.sql.Timestamp.valueOf(LocalDateTime.now(clock)))
                .update();
        var evidenceId = jdbc.sql("select id from report_evidence where report_id = ? and storage_key = ?")
                .params(report.id(), key).query(Long.class).single();
        trail.recordCreated(Audited.of(ProgressReports.EVIDENCE, evidenceId,
                context.label(activity.activity().code() + " " + name), report.planId(),
                AuditRecord.state("file", name, "type", type.contentType(), "bytes", content.length)));
        return evidenceId;
    }

    /** An evidence file, for those who may see the report it belongs to. */
    @Transactional(readOnly = true)
    public ProgressReports.EvidenceFile download(long evidenceId) {
        var row = row(evidenceId);
        ReportAccess.checkView(row.institutionId(), row.status());
        return new ProgressReports.EvidenceFile(row.fileName(), row.contentType(), files.read(row.storageKey()));
    }

    /** Removes an evidence file while the report can still be changed. */
    @Transactional
    public void removeEvidence(long evidenceId) {
        var row = row(evidenceId);
        ReportAccess.checkEdit(row.institutionId());
        var context = loader.openForChanges(row.periodId(), row.institutionId());
        jdbc.sql("delete from report_evidence where id = ?").param(evidenceId).update();
        trail.recordDeleted(Audited.of(ProgressReports.EVIDENCE, evidenceId, context.label(row.fileName()),
                context.report().planId(), AuditRecord.state("file", row.fileName())));
        // the file goes once the deletion is committed, so a rollback never leaves a row without its file
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.delete(row.storageKey());
            }
        });
    }

    private EvidenceRow row(long evidenceId) {
        return jdbc.sql("""
                        select e.id, e.report_id, e.file_name, e.content_type, e.storage_key,
                               r.institution_id, r.period_id, r.status
                        from report_evidence e join progress_report r on r.id = e.report_id where e.id = ?""")
                .param(evidenceId).query(EvidenceRow.class).optional()
                .orElseThrow(() -> NotFoundException.of(ProgressReports.EVIDENCE, evidenceId));
    }
}

package org.ariadne.reporting;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One institution's progress report for one period. Guards its own workflow: only a draft, returned or reopened
 * report can be changed or submitted; only a submitted one can be returned or accepted; only an accepted one
 * can be reopened, and only with a reason.
 */
@Table("progress_report")
class ProgressReport {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private long periodId;
    private long institutionId;
    private ReportStatus status;
    private LocalDateTime firstSubmittedAt;
    private LocalDateTime submittedAt;
    private String submittedBy;
    private LocalDateTime returnedAt;
    private String returnedBy;
    private String returnComment;
    private LocalDateTime acceptedAt;
    private String acceptedBy;
    private LocalDateTime reopenedAt;
    private String reopenedBy;
    private String reopenReason;
    private int timesReturned;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    ProgressReport() {
    }

    static ProgressReport draft(long planId, long periodId, long institutionId, LocalDateTime now) {
        var report = new ProgressReport();
        report.planId = planId;
        report.periodId = periodId;
        report.institutionId = institutionId;
        report.status = ReportStatus.DRAFT;
        report.createdAt = now;
        report.updatedAt = now;
        return report;
    }

    void checkEditable() {
        if (!status.isEditable()) {
            throw ReportingException.notEditable(status);
        }
    }

    void submit(String by, LocalDateTime now) {
        if (!status.isEditable()) {
            throw ReportingException.cannot("submit", status);
        }
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        updatedAt = now;
    }

    void returnForChanges(String comment, String by, LocalDateTime now) {
        if (status != ReportStatus.SUBMITTED) {
            throw ReportingException.cannot("return", status);
        }
        if (comment == null || comment.isBlank()) {
            throw ReportingException.commentRequired();
        }
        status = ReportStatus.RETURNED;
        returnComment = comment.strip();
        returnedAt = now;
        returnedBy = by;
        timesReturned++;
        updatedAt = now;
    }

    void accept(String by, LocalDateTime now) {
        if (status != ReportStatus.SUBMITTED) {
            throw ReportingException.cannot("accept", status);
        }
        status = ReportStatus.ACCEPTED;
        acceptedAt = now;
        acceptedBy = by;
        updatedAt = now;
    }

    void reopen(String reason, String by, LocalDateTime now) {
        if (status != ReportStatus.ACCEPTED) {
            throw ReportingException.cannot("reopen", status);
        }
        if (reason == null || reason.isBlank()) {
            throw ReportingException.reasonRequired();
        }
        status = ReportStatus.REOPENED;
        reopenReason = reason.strip();
        reopenedAt = now;
        reopenedBy = by;
        updatedAt = now;
    }

    Map<String, Object> snapshot() {
        var state = new LinkedHashMap<String, Object>();
        state.put("status", status.name());
        state.put("submittedBy", submittedBy);
        state.put("returnComment", returnComment);
        state.put("acceptedBy", acceptedBy);
        state.put("reopenReason", reopenReason);
        return state;
    }

    ReportHeader header() {
        return new ReportHeader(id, version == null ? 0 : version, planId, periodId, institutionId, status,
                firstSubmittedAt, submittedAt, submittedBy, returnedAt, returnedBy, returnComment, acceptedAt, acceptedBy,
                reopenedAt, reopenedBy, reopenReason, timesReturned);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    long periodId() {
        return periodId;
    }

    long institutionId() {
        return institutionId;
    }

    ReportStatus status() {
        return status;
    }
}

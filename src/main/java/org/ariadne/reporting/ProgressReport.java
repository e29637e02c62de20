package org.ariadne.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.IndicatorView;
import org.ariadne.reportingcycle.PeriodView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One institution's progress report for one period. Guards its own workflow: only a draft, returned or reopened
 * report can be changed or submitted; only a submitted one can be returned or accepted; only an accepted one
 * can be reopened, and only with a reason. Each step registers its past-tense event, published when the report is
 * saved.
 * <p>
 * Its parts, what it says on each activity ({@link ReportActivity}) and each indicator value ({@link ReportValue}),
 * are changed only through its methods, which check that the report is open and that the part is its own. They stay
 * rows of their own tables, loaded one by one, rather than collections mapped on the report: each part carries its
 * own revision so that two people editing different parts never conflict, the audit trail refers to a part by its
 * id, and saving a mapped collection would delete and insert again every value of the report (thousands of rows
 * with their breakdowns in a large plan) for each part saved.
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
    @Transient
    private final transient List<Object> events = new ArrayList<>();

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

    /**
     * Submits the report in {@code period}; {@code missingStatuses} is the number of its activities without a status,
     * which must be none. It is late when its first submission (this one, or the one before it was returned) came
     * after the period's deadline.
     */
    void submit(long missingStatuses, PeriodView period, String by, LocalDateTime now) {
        if (missingStatuses > 0) {
            throw ReportingException.incomplete((int) missingStatuses);
        }
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
        events.add(new ProgressReportSubmitted(id, planId, periodId, institutionId,
                !period.metBy(firstSubmittedAt.toLocalDate()), firstSubmittedAt, now));
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
        events.add(new ProgressReportReturned(id, planId, periodId, institutionId, now));
    }

    /** Accepts the report; the statuses its {@code entries} give go to the plan with the event. */
    void accept(Collection<ReportActivity> entries, LocalDate periodEnd, String by, LocalDateTime now) {
        if (status != ReportStatus.SUBMITTED) {
            throw ReportingException.cannot("accept", status);
        }
        status = ReportStatus.ACCEPTED;
        acceptedAt = now;
        acceptedBy = by;
        updatedAt = now;
        var statuses = new HashMap<Long, ActivityStatus>();
        for (var entry : entries) {
            checkOwn(entry.reportId());
            if (entry.status() != null) {
                statuses.put(entry.activityId(), entry.status());
            }
        }
        events.add(new ProgressReportAccepted(id, planId, periodId, institutionId, periodEnd, Map.copyOf(statuses)));
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
        events.add(new ProgressReportReopened(id, planId, periodId, institutionId, reason));
    }

    // ---- its parts ----

    /** What the report says on an activity: the saved entry, or a blank one of this report. */
    ReportActivity entry(long activityId, Optional<ReportActivity> saved) {
        saved.ifPresent(entry -> checkOwn(entry.reportId()));
        return saved.orElseGet(() -> ReportActivity.blank(id, activityId));
    }

    void change(ReportActivity entry, ActivityEntryCommand command, String by, LocalDateTime now) {
        checkEditable();
        checkOwn(entry.reportId());
        entry.apply(command, by, now);
    }

    /** A value of an indicator for one collection period: the saved one, or a blank one of this report. */
    ReportValue value(long indicatorId, ValueView slot, Optional<ReportValue> saved) {
        saved.ifPresent(value -> checkOwn(value.reportId()));
        return saved.orElseGet(() -> ReportValue.blank(id, indicatorId, slot.startsOn(), slot.endsOn()));
    }

    void change(ReportValue value, IndicatorView indicator, Breakdown breakdown, ValueCommand command, String by,
            LocalDateTime now) {
        checkEditable();
        checkOwn(value.reportId());
        value.apply(indicator, breakdown, command, by, now);
    }

    /**
     * The reviewer's comment on one activity, given when the report is returned. Returns whether it changed what
     * the entry said.
     */
    boolean comment(ReportActivity entry, String comment) {
        if (status != ReportStatus.RETURNED) {
            throw ReportingException.cannot("return", status);
        }
        checkOwn(entry.reportId());
        if (Objects.equals(comment == null || comment.isBlank() ? null : comment.strip(),
                entry.reviewerComment())) {
            return false;
        }
        entry.comment(comment);
        return true;
    }

    private void checkOwn(long partReportId) {
        if (id == null || partReportId != id) {
            throw new IllegalArgumentException("a part of report " + partReportId + " is not part of report " + id);
        }
    }

    // ---- events ----

    @DomainEvents
    Collection<Object> events() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }

    /** The report as the audit trail keeps it, under {@code label} (its period and institution). */
    Audited audited(String label) {
        return Audited.of(ProgressReports.REPORT, id, label, planId, AuditRecord.state("status", status.name(),
                "submittedBy", submittedBy, "returnComment", returnComment, "acceptedBy", acceptedBy,
                "reopenReason", reopenReason));
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

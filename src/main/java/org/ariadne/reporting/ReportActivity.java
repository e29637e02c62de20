package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** What a report says about one activity: status, narrative, problems, funds spent; and the reviewer's comment. */
@Table("report_activity")
class ReportActivity {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long reportId;
    private long activityId;
    private ActivityStatus status;
    private String narrative;
    private String problems;
    private String reviewerComment;
    private LocalDateTime updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "report_activity_id", keyColumn = "line_index")
    private List<Spending> spending = new ArrayList<>();

    ReportActivity() {
    }

    static ReportActivity blank(long reportId, long activityId) {
        var entry = new ReportActivity();
        entry.reportId = reportId;
        entry.activityId = activityId;
        return entry;
    }

    void apply(ActivityEntryCommand command, String by, LocalDateTime now) {
        status = command.status();
        narrative = clean(command.narrative());
        problems = clean(command.problems());
        spending = new ArrayList<>(command.spending().stream()
                .map(line -> new Spending(line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind(),
                        line.sourceInstitutionId(), line.amount() == null ? BigDecimal.ZERO : line.amount()))
                .toList());
        updatedAt = now;
        updatedBy = by;
    }

    void comment(String comment) {
        reviewerComment = clean(comment);
    }

    boolean isComplete() {
        return status != null;
    }

    /**
     * The entry as the audit trail keeps it, under {@code label}: sources by their institutions' names, amounts as
     * written.
     */
    Audited audited(String label, long planId, Function<Long, String> institutionNames) {
        return Audited.of(ProgressReports.ACTIVITY_ENTRY, id, label, planId, AuditRecord.state(
                "status", status == null ? null : status.name(),
                "narrative", narrative,
                "problems", problems,
                "spending", spending.stream().map(line -> line.sourceKind().name()
                        + (line.sourceInstitutionId() == null ? ""
                                : " " + institutionNames.apply(line.sourceInstitutionId()))
                        + " " + line.amount().stripTrailingZeros().toPlainString()).toList(),
                "reviewerComment", reviewerComment));
    }

    ActivityEntryView view() {
        return new ActivityEntryView(id, revision(version), activityId, status, narrative, problems,
                spending.stream().map(line -> new SpendingCommand(line.sourceKind(), line.sourceInstitutionId(), line.amount()))
                        .toList(),
                reviewerComment, updatedAt, updatedBy);
    }

    /**
     * The revision pages and workbooks carry: 0 for a part nobody has saved yet, then 1, 2, ... A saved part's
     * stored version starts at 0, so the revision is the version plus one.
     */
    static int revision(Integer version) {
        return version == null ? 0 : version + 1;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long reportId() {
        return reportId;
    }

    long activityId() {
        return activityId;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    ActivityStatus status() {
        return status;
    }

    String reviewerComment() {
        return reviewerComment;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Table("report_spending")
    record Spending(FundingSourceKind sourceKind, Long sourceInstitutionId, BigDecimal amount) {
    }
}

package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ariadne.common.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's queue of reports (issue 12): those waiting for review, those sent back and not yet resubmitted, and
 * those accepted lately; and accepting or returning several at once. Each report of a bulk action is accepted or
 * returned on its own, in its own transaction and against the version the officer saw, so one that changed meanwhile
 * or cannot be accepted is refused with its reason while the others go through.
 */
@Service
public class ReviewQueue {

    /** How far back "accepted lately" looks. */
    static final int RECENT_DAYS = 30;

    private final JdbcClient jdbc;
    private final ReportWorkflow workflow;
    private final Clock clock;

    ReviewQueue(JdbcClient jdbc, ReportWorkflow workflow, Clock clock) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** A report in the queue, with the version a bulk action is checked against. */
    public record Queued(long periodId, long institutionId, ReportStatus status, int version,
            LocalDateTime submittedAt, LocalDateTime returnedAt, LocalDateTime acceptedAt) {

        /** The report as a bulk form sends it back: "periodId-institutionId-version". */
        public String key() {
            return periodId + "-" + institutionId + "-" + version;
        }
    }

    /** A report a bulk action names, as the form sent it. */
    public record Ref(long periodId, long institutionId, int version) {

        /** Reads "periodId-institutionId-version"; null for anything else (a tampered form). */
        public static Ref parse(String key) {
            var parts = key == null ? new String[0] : key.split("-");
            if (parts.length != 3) {
                return null;
            }
            try {
                return new Ref(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
            } catch (NumberFormatException notOurs) {
                return null;
            }
        }
    }

    /** What a bulk action did: the reports done, and each refused one with its reason. */
    public record BulkOutcome(List<Ref> done, List<Refused> refused) {
    }

    public record Refused(Ref report, RuntimeException reason) {

        /** The module's refusal or the conflict, for wording ({@code UserFacingException} or {@code ConflictException}). */
        public boolean userFacing() {
            return reason instanceof UserFacingException;
        }
    }

    /** The plan's reports submitted, returned or reopened, and accepted in the last 30 days, oldest period first. */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'EVALUATOR')")
    @Transactional(readOnly = true)
    public List<Queued> of(long planId) {
        var since = LocalDateTime.now(clock).minusDays(RECENT_DAYS);
        return jdbc.sql("""
                select period_id, institution_id, status, version, submitted_at, returned_at, accepted_at
                from progress_report
                where plan_id = ? and (status in ('SUBMITTED', 'RETURNED', 'REOPENED')
                                       or (status = 'ACCEPTED' and accepted_at >= ?))
                """).params(planId, since)
                .query((row, index) -> new Queued(row.getLong(1), row.getLong(2), ReportStatus.valueOf(row.getString(3)),
                        row.getInt(4), row.getObject(5, LocalDateTime.class), row.getObject(6, LocalDateTime.class),
                        row.getObject(7, LocalDateTime.class)))
                .list().stream().sorted(Comparator.comparingLong(Queued::periodId)).toList();
    }

    /** Accepts each report named, against the version seen; the others go through when one is refused. */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    public BulkOutcome acceptAll(List<Ref> reports) {
        return each(reports, report -> workflow.accept(report.periodId(), report.institutionId(), report.version()));
    }

    /** Returns each report named with the same comment (required), against the version seen. */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    public BulkOutcome returnAll(List<Ref> reports, String comment) {
        if (comment == null || comment.isBlank()) {
            throw ReportingException.bulkReturnNeedsComment();
        }
        return each(reports, report -> workflow.returnForChanges(report.periodId(), report.institutionId(),
                report.version(), comment.strip(), java.util.Map.of()));
    }

    private static BulkOutcome each(List<Ref> reports, java.util.function.Consumer<Ref> action) {
        if (reports.isEmpty()) {
            throw ReportingException.bulkNothingChosen();
        }
        var done = new ArrayList<Ref>();
        var refused = new ArrayList<Refused>();
        for (var report : reports) {
            try {
                action.accept(report);
                done.add(report);
            } catch (UserFacingException reason) {
                refused.add(new Refused(report, reason));
            }
        }
        return new BulkOutcome(done, refused);
    }
}

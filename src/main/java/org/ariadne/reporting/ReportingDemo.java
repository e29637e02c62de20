package org.ariadne.reporting;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only for the demo data: a demo plan from years ago needs reports that were submitted years ago, some on time and
 * some late. The steps of a demo report go through the same workflow as everyone's (the same checks, events, notices
 * and audit), but on the day the demo says they were taken instead of today, so that what follows from them (on
 * time or late, the time a notice carries) is as it would have been. It does not exist unless the demo is switched
 * on.
 */
@Service
@ConditionalOnBooleanProperty("ariadne.demo-data")
@org.springframework.modulith.NamedInterface("changes")
public class ReportingDemo {

    private final JdbcClient jdbc;
    private final ReportWorkflow workflow;
    private final Reports reports;

    ReportingDemo(JdbcClient jdbc, ReportWorkflow workflow, Reports reports) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.reports = reports;
    }

    /** Submits the report, as its focal point (signed in) would have on {@code at}. */
    @Transactional
    public void submit(long periodId, long institutionId, LocalDateTime at) {
        workflow.submit(periodId, institutionId, version(periodId, institutionId), at);
    }

    /** Returns the report with a comment, as the office (signed in) would have on {@code at}. */
    @Transactional
    public void returnForChanges(long periodId, long institutionId, String comment, LocalDateTime at) {
        workflow.returnForChanges(periodId, institutionId, version(periodId, institutionId), comment, Map.of(), at);
    }

    /** Accepts the report, as the office (signed in) would have on {@code at}. */
    @Transactional
    public void accept(long periodId, long institutionId, LocalDateTime at) {
        workflow.accept(periodId, institutionId, version(periodId, institutionId), at);
    }

    /** Puts the report's creation back to {@code createdAt}: its draft was written today, before it was sent. */
    @Transactional
    public void backdate(long periodId, long institutionId, LocalDateTime createdAt) {
        jdbc.sql("update progress_report set created_at = ? where period_id = ? and institution_id = ?")
                .params(Timestamp.valueOf(createdAt), periodId, institutionId).update();
    }

    private int version(long periodId, long institutionId) {
        return reports.findByPeriodIdAndInstitutionId(periodId, institutionId).map(ProgressReport::version)
                .map(version -> version == null ? 0 : version).orElse(0);
    }
}

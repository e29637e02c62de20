package org.ariadne.reporting;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only for the demo data: a demo plan from years ago needs reports that were submitted years ago, some on time and
 * some late, but the workflow stamps every step with today. This puts the steps of a demo report back in time.
 * It does not exist unless the demo is switched on.
 */
@Service
@ConditionalOnBooleanProperty("ariadne.demo-data")
@org.springframework.modulith.NamedInterface("changes")
public class ReportingDemo {

    private final JdbcClient jdbc;

    ReportingDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void backdate(long periodId, long institutionId, LocalDateTime submittedAt, LocalDateTime decidedAt) {
        var submitted = Timestamp.valueOf(submittedAt);
        var decided = decidedAt == null ? null : Timestamp.valueOf(decidedAt);
        // the casts say what the parameters are: PostgreSQL cannot tell the type of a parameter inside a case from
        // the column it is assigned to, and a null one then arrives as text
        jdbc.sql("""
                        update progress_report set first_submitted_at = ?, submitted_at = ?, created_at = ?, updated_at = ?,
                            returned_at = case when returned_at is null then null else cast(? as timestamp) end,
                            accepted_at = case when accepted_at is null then null else cast(? as timestamp) end
                        where period_id = ? and institution_id = ?""")
                .params(submitted, submitted, submitted, decided == null ? submitted : decided, decided, decided, periodId,
                        institutionId)
                .update();
    }
}

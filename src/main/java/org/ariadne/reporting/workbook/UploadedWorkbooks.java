package org.ariadne.reporting.workbook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report workbooks uploaded and waiting for confirmation, each visible only to the person who uploaded it and
 * only on the report it was uploaded to. Nothing of the report changes until confirmation.
 */
@Component
class UploadedWorkbooks {

    private static final Duration KEEP = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    UploadedWorkbooks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Upload(String id, String fileName, byte[] content) {
    }

    @Transactional
    String save(long periodId, long institutionId, String uploadedBy, String fileName, byte[] content) {
        var id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into report_workbook_upload (id, period_id, institution_id, uploaded_by, uploaded_at,
                                                            file_name, content)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, periodId, institutionId, uploadedBy, Timestamp.valueOf(LocalDateTime.now(clock)), fileName,
                        content)
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Upload> find(String id, long periodId, long institutionId, String uploadedBy) {
        return jdbc.sql("""
                        select id, file_name, content from report_workbook_upload
                        where id = ? and period_id = ? and institution_id = ? and uploaded_by = ?""")
                .params(id, periodId, institutionId, uploadedBy)
                .query((row, index) -> new Upload(row.getString("id"), row.getString("file_name"), row.getBytes("content")))
                .optional();
    }

    @Transactional
    void delete(String id) {
        jdbc.sql("delete from report_workbook_upload where id = ?").param(id).update();
    }

    /** Uploads nobody confirmed within a day are dropped: they were previews, not data. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    @Transactional
    public void removeStale() {
        jdbc.sql("delete from report_workbook_upload where uploaded_at < ?")
                .param(Timestamp.valueOf(LocalDateTime.now(clock).minus(KEEP)))
                .update();
    }
}

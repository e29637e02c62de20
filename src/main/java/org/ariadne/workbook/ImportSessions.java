package org.ariadne.workbook;

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

/** Uploaded workbooks waiting for confirmation, each visible only to the person who uploaded it. */
@Component
class ImportSessions {

    private static final Duration KEEP = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Session(String id, Long planId, String newPlanTitle, Integer newPlanStart, Integer newPlanEnd,
            String uploadedBy, LocalDateTime uploadedAt, String fileName, byte[] content) {
    }

    @Transactional
    String save(Long planId, String newPlanTitle, Integer start, Integer end, String uploadedBy, String fileName,
            byte[] content) {
        var id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into plan_import (id, plan_id, new_plan_title, new_plan_start, new_plan_end, uploaded_by,
                                                 uploaded_at, file_name, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, planId, newPlanTitle, start, end, uploadedBy, Timestamp.valueOf(LocalDateTime.now(clock)),
                        fileName, content)
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Session> find(String id, String uploadedBy) {
        return jdbc.sql("select * from plan_import where id = ? and uploaded_by = ?")
                .params(id, uploadedBy)
                .query((row, index) -> new Session(row.getString("id"), nullableLong(row.getObject("plan_id")),
                        row.getString("new_plan_title"), (Integer) nullableInt(row.getObject("new_plan_start")),
                        (Integer) nullableInt(row.getObject("new_plan_end")), row.getString("uploaded_by"),
                        row.getTimestamp("uploaded_at").toLocalDateTime(), row.getString("file_name"),
                        row.getBytes("content")))
                .optional();
    }

    @Transactional
    void delete(String id) {
        jdbc.sql("delete from plan_import where id = ?").param(id).update();
    }

    /** Uploads nobody confirmed within a day are dropped: they were previews, not data. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void removeStale() {
        jdbc.sql("delete from plan_import where uploaded_at < ?")
                .param(Timestamp.valueOf(LocalDateTime.now(clock).minus(KEEP)))
                .update();
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer nullableInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}

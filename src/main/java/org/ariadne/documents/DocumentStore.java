package org.ariadne.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The generated documents table, in plain SQL. Every method is its own short statement: the generation thread
 * writes its progress as it goes, so that the page shows it while the document is being made.
 */
@Repository
class DocumentStore {

    private static final String COLUMNS = """
            id, plan_id, kind, period_year, quarter, language, include_submitted, title, status, progress, step, failure,
            requested_by, requested_at, finished_at, pdf_size, docx_size""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long planId, DocumentRequest request, String title, String requestedBy, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into generated_document (plan_id, kind, period_year, quarter, language, include_submitted,
                            title, status, progress, step, requested_by, requested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(planId, request.kind().name(), request.year(), request.quarter(),
                        request.language().toLanguageTag(), request.includeSubmitted(), title,
                        DocumentStatus.QUEUED.name(), "documents.step.queued", requestedBy, Timestamp.valueOf(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void progress(long id, DocumentStatus status, int progress, String step) {
        jdbc.sql("update generated_document set status = ?, progress = ?, step = ? where id = ?")
                .params(status.name(), progress, step, id).update();
    }

    void finish(long id, byte[] pdf, byte[] docx, LocalDateTime at) {
        jdbc.sql("""
                        update generated_document set status = ?, progress = 100, step = null, pdf = ?, docx = ?,
                            pdf_size = ?, docx_size = ?, finished_at = ? where id = ?""")
                .params(DocumentStatus.FINISHED.name(), pdf, docx, (long) pdf.length, (long) docx.length,
                        Timestamp.valueOf(at), id)
                .update();
    }

    void fail(long id, String failure, LocalDateTime at) {
        jdbc.sql("update generated_document set status = ?, failure = ?, finished_at = ? where id = ?")
                .params(DocumentStatus.FAILED.name(), failure, Timestamp.valueOf(at), id).update();
    }

    /** Generations left queued or running by a server that stopped: they will never finish. */
    int failUnfinished(String failure, LocalDateTime at) {
        return jdbc.sql("update generated_document set status = ?, failure = ?, finished_at = ? where status in (?, ?)")
                .params(DocumentStatus.FAILED.name(), failure, Timestamp.valueOf(at), DocumentStatus.QUEUED.name(),
                        DocumentStatus.RUNNING.name())
                .update();
    }

    Optional<GeneratedDocument> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from generated_document where id = ?").param(id)
                .query(DocumentStore::document).optional();
    }

    List<GeneratedDocument> ofPlan(long planId) {
        return jdbc.sql("select " + COLUMNS + " from generated_document where plan_id = ? order by requested_at desc, id desc")
                .param(planId).query(DocumentStore::document).list();
    }

    /** Generations of anyone that are still waiting or running. */
    int unfinished() {
        return jdbc.sql("select count(*) from generated_document where status in (?, ?)")
                .params(DocumentStatus.QUEUED.name(), DocumentStatus.RUNNING.name()).query(Integer.class).single();
    }

    Optional<byte[]> content(long id, DocumentFormat format) {
        var column = format == DocumentFormat.PDF ? "pdf" : "docx";
        return jdbc.sql("select " + column + " from generated_document where id = ? and status = ?")
                .params(id, DocumentStatus.FINISHED.name())
                .query((row, n) -> row.getBytes(1)).optional();
    }

    private static GeneratedDocument document(ResultSet row, int n) throws SQLException {
        var finished = row.getTimestamp("finished_at");
        return new GeneratedDocument(row.getLong("id"), row.getLong("plan_id"), DocumentKind.valueOf(row.getString("kind")),
                row.getInt("period_year"), (Integer) row.getObject("quarter", Integer.class),
                Locale.forLanguageTag(row.getString("language")), row.getBoolean("include_submitted"),
                row.getString("title"), DocumentStatus.valueOf(row.getString("status")), row.getInt("progress"),
                row.getString("step"), row.getString("failure"), row.getString("requested_by"),
                row.getTimestamp("requested_at").toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(),
                (Long) row.getObject("pdf_size", Long.class), (Long) row.getObject("docx_size", Long.class));
    }
}

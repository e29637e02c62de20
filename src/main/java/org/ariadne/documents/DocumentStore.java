package org.ariadne.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ariadne.common.disclosure.DisclosureControl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The generated documents table, in plain SQL, also the queue that the nodes take documents from
 * ({@link DocumentGeneration}). Every method is its own short statement: the generation thread writes its progress as
 * it goes, so that the page shows it while the document is being made.
 */
@Repository
class DocumentStore {

    private static final String COLUMNS = """
            id, plan_id, kind, period_year, quarter, language, include_submitted, title, status, progress, step, failure,
            requested_by, requested_at, finished_at, pdf_size, docx_size, annex_status, annex_pdf_size, annex_docx_size,
            disclosure_rule""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long planId, DocumentRequest request, String title, String requestedBy, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into generated_document (plan_id, kind, period_year, quarter, language, include_submitted,
                            title, status, progress, step, requested_by, requested_at, disclosure_rule)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(planId, request.kind().name(), request.year(), request.quarter(),
                        request.language().toLanguageTag(), request.includeSubmitted(), title,
                        DocumentStatus.QUEUED.name(), "documents.step.queued", requestedBy, Timestamp.valueOf(at),
                        DisclosureControl.RULE)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * What waits to be made: queued, or left running by a node whose lease ran out (a row from before leases too),
     * also a report whose annex was being made: it is made again, report and annex.
     */
    private static final String WAITING = """
            (status = 'QUEUED' or ((status = 'RUNNING' or annex_status = 'RUNNING')
                and (lease_until is null or lease_until < ?)))""";

    /**
     * Takes the oldest waiting document for {@code node} until {@code leaseUntil}. One conditional UPDATE per
     * candidate, the same on H2 and PostgreSQL: when two nodes go for one row, the second one's UPDATE waits for the
     * first one's row lock and then finds the row no longer waiting, so exactly one node takes it.
     */
    Optional<GeneratedDocument> claim(String node, Instant now, Instant leaseUntil) {
        var candidates = jdbc.sql("select id from generated_document where " + WAITING + " order by id fetch first 5 rows only")
                .param(Timestamp.from(now)).query(Long.class).list();
        for (long id : candidates) {
            int taken = jdbc.sql("""
                            update generated_document set status = 'RUNNING', progress = 0, step = 'documents.step.queued',
                                annex_status = null, lease_owner = ?, lease_until = ?, attempts = attempts + 1
                            where id = ? and""" + WAITING)
                    .params(node, Timestamp.from(leaseUntil), id, Timestamp.from(now)).update();
            if (taken == 1) {
                return find(id);
            }
        }
        return Optional.empty();
    }

    int attempts(long id) {
        return jdbc.sql("select attempts from generated_document where id = ?").param(id).query(Integer.class).single();
    }

    /** The node is still at work on what it holds. */
    void renew(String node, Instant leaseUntil) {
        jdbc.sql("update generated_document set lease_until = ? where lease_owner = ? and " + WORKING)
                .params(Timestamp.from(leaseUntil), node).update();
    }

    /** A stopping node's documents go back to the queue for another node (with the annex being made: made again). */
    int giveBack(String node) {
        return jdbc.sql("""
                        update generated_document set status = 'QUEUED', progress = 0, step = 'documents.step.queued',
                            annex_status = null, lease_owner = null, lease_until = null
                        where lease_owner = ? and""" + WORKING)
                .param(node).update();
    }

    /** A node is at work on it: the report, or the annex after it. */
    private static final String WORKING = " (status = 'RUNNING' or annex_status = 'RUNNING')";

    // The writes of the generating node count only while the document is still its own (or nobody's): a node that lost
    // its lease, and whose document another node took over, changes nothing.
    private static final String OWN = " and (lease_owner = ? or lease_owner is null)";

    void progress(long id, String node, DocumentStatus status, int progress, String step, Instant leaseUntil) {
        jdbc.sql("update generated_document set status = ?, progress = ?, step = ?, lease_until = ? where id = ?" + OWN)
                .params(status.name(), progress, step, Timestamp.from(leaseUntil), id, node).update();
    }

    /**
     * The document is made: its files, and the disclosure rule they were protected under, which is this node's (a
     * document queued before the rule changed and made after is protected as today's).
     */
    boolean finish(long id, String node, byte[] pdf, byte[] docx, LocalDateTime at) {
        return jdbc.sql("""
                        update generated_document set status = ?, progress = 100, step = null, pdf = ?, docx = ?,
                            pdf_size = ?, docx_size = ?, finished_at = ?, disclosure_rule = ?, lease_owner = null,
                            lease_until = null
                        where id = ?""" + OWN)
                .params(DocumentStatus.FINISHED.name(), pdf, docx, (long) pdf.length, (long) docx.length,
                        Timestamp.valueOf(at), DisclosureControl.RULE, id, node)
                .update() == 1;
    }

    /**
     * The report is there to download while its annex is made: the node keeps its lease (and renews it) until the
     * annex is written, so that the annex is made again if it dies on the way.
     */
    boolean finishBeforeAnnex(long id, String node, byte[] pdf, byte[] docx, LocalDateTime at, Instant leaseUntil) {
        return jdbc.sql("""
                        update generated_document set status = ?, progress = 100, step = null, pdf = ?, docx = ?,
                            pdf_size = ?, docx_size = ?, finished_at = ?, disclosure_rule = ?, annex_status = ?,
                            lease_until = ?
                        where id = ?""" + OWN)
                .params(DocumentStatus.FINISHED.name(), pdf, docx, (long) pdf.length, (long) docx.length,
                        Timestamp.valueOf(at), DisclosureControl.RULE, DocumentStatus.RUNNING.name(),
                        Timestamp.from(leaseUntil), id, node)
                .update() == 1;
    }

    boolean finishAnnex(long id, String node, byte[] pdf, byte[] docx) {
        return jdbc.sql("""
                        update generated_document set annex_status = ?, annex_pdf = ?, annex_docx = ?,
                            annex_pdf_size = ?, annex_docx_size = ?, lease_owner = null, lease_until = null
                        where id = ? and annex_status = ?""" + OWN)
                .params(DocumentStatus.FINISHED.name(), pdf, docx, (long) pdf.length, (long) docx.length, id,
                        DocumentStatus.RUNNING.name(), node)
                .update() == 1;
    }

    /** The annex could not be made: the report stays, and its page says so. */
    void failAnnex(long id, String node) {
        jdbc.sql("""
                        update generated_document set annex_status = ?, lease_owner = null, lease_until = null
                        where id = ? and annex_status = ?""" + OWN)
                .params(DocumentStatus.FAILED.name(), id, DocumentStatus.RUNNING.name(), node).update();
    }

    void fail(long id, String node, String failure, LocalDateTime at) {
        jdbc.sql("""
                        update generated_document set status = ?, failure = ?, finished_at = ?, lease_owner = null,
                            lease_until = null where id = ?""" + OWN)
                .params(DocumentStatus.FAILED.name(), failure, Timestamp.valueOf(at), id, node).update();
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

    /** A finished annex's file, as it was generated. */
    Optional<byte[]> annexContent(long id, DocumentFormat format) {
        var column = format == DocumentFormat.PDF ? "annex_pdf" : "annex_docx";
        return jdbc.sql("select " + column + " from generated_document where id = ? and status = ? and annex_status = ?")
                .params(id, DocumentStatus.FINISHED.name(), DocumentStatus.FINISHED.name())
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
                (Long) row.getObject("pdf_size", Long.class), (Long) row.getObject("docx_size", Long.class),
                row.getString("annex_status") == null ? null : DocumentStatus.valueOf(row.getString("annex_status")),
                (Long) row.getObject("annex_pdf_size", Long.class), (Long) row.getObject("annex_docx_size", Long.class),
                row.getInt("disclosure_rule"));
    }
}

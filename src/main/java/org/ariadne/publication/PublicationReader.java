package org.ariadne.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.CacheSettings;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads publications in plain SQL: what is on the portal, a plan's history, a report's files. Snapshots are kept in
 * the {@link CacheSettings#PUBLISHED_SNAPSHOTS} cache once read: they never change, so a cached one can never be
 * stale, and the portal need not parse a large plan on every visit. Whether a publication is still on the portal is always asked of the database.
 */
@Component
class PublicationReader {

    private final JdbcClient jdbc;
    private final SnapshotJson json;
    private final Cache snapshots;

    PublicationReader(JdbcClient jdbc, SnapshotJson json, CacheManager caches) {
        this.jdbc = jdbc;
        this.json = json;
        this.snapshots = caches.getCache(CacheSettings.PUBLISHED_SNAPSHOTS);
    }

    /** A publication on the portal, without its snapshot. */
    record OnPortal(long id, long planId, PublicationKind kind, String subject, LocalDateTime publishedAt,
            String publisher) {
    }

    List<OnPortal> onPortal(long planId) {
        return jdbc.sql("""
                        select id, plan_id, kind, subject, published_at, publisher from publication
                        where plan_id = ? and on_portal = true order by published_at, id""")
                .param(planId)
                .query(PublicationReader::item)
                .list();
    }

    List<OnPortal> onPortal() {
        return jdbc.sql("""
                        select id, plan_id, kind, subject, published_at, publisher from publication
                        where on_portal = true order by plan_id, published_at, id""")
                .query(PublicationReader::item)
                .list();
    }

    private static OnPortal item(ResultSet row, int index) throws SQLException {
        return new OnPortal(row.getLong("id"), row.getLong("plan_id"), PublicationKind.valueOf(row.getString("kind")),
                row.getString("subject"), row.getTimestamp("published_at").toLocalDateTime(),
                row.getString("publisher"));
    }

    Snapshot snapshot(long id, PublicationKind kind) {
        return snapshots.get(id, () -> json.read(kind,
                jdbc.sql("select content from publication where id = ?").param(id).query(String.class).single()));
    }

    /** Every publication of the plan, newest first. */
    List<PublicationView> history(long planId) {
        return jdbc.sql("""
                        select id, plan_id, kind, subject, title, period_year, status, fingerprint, publisher,
                               published_at, published_by, superseded_by, ended_at, ended_by, withdrawal_reason,
                               disclosure_rule
                        from publication where plan_id = ? order by published_at desc, id desc""")
                .param(planId)
                .query((row, index) -> new PublicationView(row.getLong("id"), row.getLong("plan_id"),
                        PublicationKind.valueOf(row.getString("kind")), row.getString("subject"),
                        row.getString("title"), (Integer) row.getObject("period_year", Integer.class),
                        PublicationStatus.valueOf(row.getString("status")), row.getString("fingerprint"),
                        row.getString("publisher"), row.getTimestamp("published_at").toLocalDateTime(),
                        row.getString("published_by"), (Long) row.getObject("superseded_by", Long.class),
                        time(row, "ended_at"), row.getString("ended_by"), row.getString("withdrawal_reason"),
                        row.getInt("disclosure_rule")))
                .list();
    }

    private static LocalDateTime time(ResultSet row, String column) throws SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    /** A file of a publication, whatever its status: the caller decides whether it may be read. */
    Optional<PublishedFile> file(long publicationId, String format) {
        return jdbc.sql("select file_name, media_type, content from publication_file where publication_id = ? and format = ?")
                .params(publicationId, format)
                .query((row, index) -> new PublishedFile(row.getString("file_name"), row.getString("media_type"),
                        row.getBytes("content")))
                .optional();
    }
}

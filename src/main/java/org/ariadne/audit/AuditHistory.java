package org.ariadne.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ariadne.common.participant.ParticipantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail: an element's history, the last change to it, and the filtered trail. */
@Service
public class AuditHistory {

    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    /** How many entries {@link #forEach} reads at a time. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** The read rule of each entry type, by type, in a fixed order so that the same query is built every time. */
    private final Map<String, AuditReadRule> rules = new java.util.TreeMap<>();

    private final ParticipantScope participants;

    AuditHistory(JdbcClient jdbc, JsonMapper json, List<AuditReadRule> rules, ParticipantScope participants) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.json = json;
        for (var rule : rules) {
            for (var type : rule.entityTypes()) {
                var other = this.rules.putIfAbsent(type, rule);
                if (other != null) {
                    throw new IllegalStateException("Two read rules for the audit entries of type " + type + ": "
                            + other.getClass().getName() + " and " + rule.getClass().getName());
                }
            }
        }
    }

    /** The entry types some module has given a read rule: the only ones anybody can read. */
    public java.util.Set<String> readableTypes() {
        return java.util.Collections.unmodifiableSet(rules.keySet());
    }

    /** Who last changed the element and when: shown when someone else's edit collides with yours. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> lastChange(String entityType, long entityId) {
        return jdbc.sql("""
                        select * from audit_event where entity_type = ? and entity_id = ?
                        order by occurred_at desc, id desc limit 1""")
                .params(entityType, entityId)
                .query(this::entry)
                .optional();
    }

    /**
     * The history of one element, newest first; empty when the reader may not read the element (the rule of the
     * module it belongs to says so), as when it never existed.
     */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> forEntity(String entityType, long entityId) {
        var params = new ArrayList<Object>();
        var sql = new StringBuilder("select * from audit_event where ");
        visible(entityType, sql, params);
        sql.append(" and entity_type = ? and entity_id = ? order by occurred_at desc, id desc");
        params.add(entityType);
        params.add(entityId);
        return jdbc.sql(sql.toString()).params(params).query(this::entry).list();
    }

    /** The trail, newest first, narrowed by any of the filter's fields; at most {@code limit} entries. */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR', 'VICTIM_DATA_OFFICER')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int limit) {
        return search(filter, 0, limit);
    }

    /**
     * One page of the filtered trail, newest first: skips the {@code offset} newest matching entries, then returns at
     * most {@code limit}.
     */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR', 'VICTIM_DATA_OFFICER')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        var params = new ArrayList<Object>();
        var sql = matching(filter, params);
        sql.append(" order by occurred_at desc, id desc limit ").append(Math.max(1, Math.min(limit, 5000)));
        if (offset > 0) {
            sql.append(" offset ").append(offset);
        }
        return jdbc.sql(sql.toString()).params(params).query(this::entry).list();
    }

    /**
     * Hands the filtered trail to {@code each}, newest first, at most {@code limit} entries, for an export. The
     * trail is read {@value #BATCH} entries at a time, each batch starting below the last entry handed over, so a
     * long export neither holds the trail in memory nor a connection while the file is written. Entries recorded
     * meanwhile are newer than the first batch and never slip in. Returns true when more entries matched than
     * {@code limit}: the export is cut.
     */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR', 'VICTIM_DATA_OFFICER')")
    public boolean forEach(AuditFilter filter, int limit, Consumer<AuditEntry> each) {
        int handed = 0;
        AuditEntry last = null;
        while (true) {
            var params = new ArrayList<Object>();
            var sql = matching(filter, params);
            if (last != null) {
                var at = Timestamp.valueOf(last.occurredAt());
                sql.append(" and (occurred_at < ? or (occurred_at = ? and id < ?))");
                params.addAll(List.of(at, at, last.id()));
            }
            // one more than still wanted, to know whether the limit cuts the trail
            int wanted = Math.min(BATCH, limit - handed + 1);
            sql.append(" order by occurred_at desc, id desc limit ").append(wanted);
            var batch = jdbc.sql(sql.toString()).params(params).query(this::entry).list();
            for (var entry : batch) {
                if (handed == limit) {
                    return true;
                }
                each.accept(entry);
                handed++;
            }
            if (batch.size() < wanted) {
                return false;
            }
            last = batch.get(batch.size() - 1);
        }
    }

    /** The query of the entries the filter (and the reader's role) lets through, without its order. */
    private StringBuilder matching(AuditFilter filter, List<Object> params) {
        var sql = new StringBuilder("select * from audit_event where ");
        visible(filter.entityType(), sql, params);
        if (filter.planId() != null) {
            sql.append(" and plan_id = ?");
            params.add(filter.planId());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            sql.append(" and entity_type = ?");
            params.add(filter.entityType());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and actor = ?");
            params.add(filter.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action().name());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        return sql;
    }

    /** Everyone who has changed something, for the trail's "person" filter. */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR', 'VICTIM_DATA_OFFICER')")
    @Transactional(readOnly = true)
    public List<String> actors() {
        return jdbc.sql("select distinct actor from audit_event" + ownParticipant(" where ") + " order by actor")
                .query(String.class).list();
    }

    /**
     * The plans the trail knows, with the title each had at its latest change: lets the trail be narrowed to a plan
     * without this module depending on the plan module.
     */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR', 'VICTIM_DATA_OFFICER')")
    @Transactional(readOnly = true)
    public List<PlanName> plans() {
        return jdbc.sql("""
                        select entity_id, entity_label from audit_event
                        where id in (select max(id) from audit_event where entity_type = 'plan' and entity_id is not null
                                     group by entity_id)""" + ownParticipant(" and ")
                        + " order by lower(entity_label), entity_id")
                .query((row, index) -> new PlanName(row.getLong("entity_id"), row.getString("entity_label")))
                .list();
    }

    /**
     * Appends the condition that lets through only the entries the signed-in reader may read, each type by the rule
     * of its module; {@code onlyType}, when given, leaves out the other types' rules (the filter excludes them).
     */
    private void visible(String onlyType, StringBuilder sql, List<Object> params) {
        // a person of a participant reads that participant's lines only (issue 19)
        sql.append(ownParticipant("")).append(participants.narrowedTo().isPresent() ? " and " : "");
        var reader = AuditReader.current();
        var wholeTypes = new ArrayList<String>();
        var conditions = new ArrayList<String>();
        var conditionParams = new ArrayList<Object>();
        rules.forEach((type, rule) -> {
            if (onlyType != null && !onlyType.isBlank() && !type.equals(onlyType)) {
                return;
            }
            var visibility = rule.visibility(type, reader);
            if (visibility.isAll()) {
                wholeTypes.add(type);
            } else if (!visibility.isNone()) {
                conditions.add("(entity_type = ? and (" + visibility.condition() + "))");
                conditionParams.add(type);
                conditionParams.addAll(visibility.params());
            }
        });
        if (!wholeTypes.isEmpty()) {
            conditions.add(0, "entity_type in (" + String.join(", ", java.util.Collections.nCopies(wholeTypes.size(), "?"))
                    + ")");
            params.addAll(wholeTypes);
        }
        params.addAll(conditionParams);
        sql.append(conditions.isEmpty() ? "1 = 0" : "(" + String.join(" or ", conditions) + ")");
    }

    /** The condition on the signed-in person's participant, after {@code joint}; nothing for those not narrowed. */
    private String ownParticipant(String joint) {
        return participants.narrowedTo().map(own -> joint + "participant_id = " + own).orElse("");
    }

    /**
     * The participant whose element a history address names (issue 19): that of the latest line about it; empty for a
     * type nobody reads or an element the trail never saw.
     */
    @Transactional(readOnly = true)
    public Optional<Long> participantOf(String entityType, long entityId) {
        if (entityType == null || !rules.containsKey(entityType)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select participant_id from audit_event where entity_type = ? and entity_id = ?
                        order by occurred_at desc, id desc limit 1""")
                .params(entityType, entityId).query(Long.class).optional();
    }

    private AuditEntry entry(ResultSet row, int index) throws SQLException {
        Long entityId = row.getObject("entity_id") == null ? null : row.getLong("entity_id");
        Long planId = row.getObject("plan_id") == null ? null : row.getLong("plan_id");
        return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toLocalDateTime(), row.getString("actor"),
                AuditAction.valueOf(row.getString("action")), row.getString("entity_type"),
                entityId, row.getString("entity_label"), planId,
                parse(row.getString("before_state")), parse(row.getString("after_state")));
    }

    private Map<String, Object> parse(String state) {
        return state == null ? null : json.readValue(state, STATE);
    }

    /** A plan as last named in the trail. */
    public record PlanName(long planId, String label) {
    }

    /** What to narrow the trail to; every field may be empty. */
    public record AuditFilter(Long planId, String entityType, String actor, AuditAction action, LocalDate from,
            LocalDate to) {

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null, null, null);
        }
    }
}

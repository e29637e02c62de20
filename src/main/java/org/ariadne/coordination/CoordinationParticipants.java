package org.ariadne.coordination;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coordination's part in several participants (issue 19): whose meeting, action, report, agreement or file an address
 * names (for {@link org.ariadne.common.participant.ParticipantGuard}), and the reader's participant for the lists and
 * choice lists the guard cannot see. A follow-up action and a file belong to their meeting's (or agreement's)
 * participant.
 */
@Component
class CoordinationParticipants implements ParticipantOwnership {

    /** Per audit type, the records of participants other than the one given. */
    private static final Map<String, String> OTHERS = Map.of(
            Meeting.AUDIT_TYPE, "select id from meeting where participant_id <> ?",
            Agreement.AUDIT_TYPE, "select id from agreement where participant_id <> ?",
            CommitteeReport.AUDIT_TYPE, "select id from committee_report where participant_id <> ?",
            FollowUpAction.AUDIT_TYPE, "select a.id from follow_up_action a join meeting m on m.id = a.meeting_id"
                    + " where m.participant_id <> ?",
            CoordinationFile.AUDIT_TYPE, "select f.id from coordination_file f left join meeting m on m.id = f.meeting_id"
                    + " left join agreement g on g.id = f.agreement_id"
                    + " where coalesce(m.participant_id, g.participant_id) <> ?");

    private final JdbcClient jdbc;
    private final ParticipantScope scope;
    // looked up when first needed: the audit trail's read rules use this class, and the directory uses the trail
    private final ObjectProvider<Institutions> institutions;
    private final ObjectProvider<Plans> plans;

    CoordinationParticipants(JdbcClient jdbc, ParticipantScope scope, ObjectProvider<Institutions> institutions,
            ObjectProvider<Plans> plans) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.institutions = institutions;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of(
                "/meetings/{}", (id, address) -> owner("select participant_id from meeting where id = ?", id),
                "/agreements/{}", (id, address) -> owner("select participant_id from agreement where id = ?", id),
                "/committee-reports/{}",
                (id, address) -> owner("select participant_id from committee_report where id = ?", id),
                "/follow-up-actions/{}", (id, address) -> owner("""
                        select m.participant_id from follow_up_action a join meeting m on m.id = a.meeting_id
                        where a.id = ?""", id),
                "/coordination/files/{}", (id, address) -> owner("""
                        select coalesce(m.participant_id, g.participant_id) from coordination_file f
                        left join meeting m on m.id = f.meeting_id left join agreement g on g.id = f.agreement_id
                        where f.id = ?""", id));
    }

    private Optional<Long> owner(String sql, String id) {
        return jdbc.sql(sql).param(Long.parseLong(id)).query(Long.class).optional();
    }

    /** Whether the reader may see a record of this participant. */
    boolean sees(long owner) {
        return scope.sees(owner);
    }

    /** The participant a record made now belongs to. */
    long forNewRecord() {
        return scope.forNewRecord();
    }

    /** The institutions the reader may choose and name in a form: their participant's, or all across participants. */
    LongPredicate institutions() {
        var own = scope.narrowedTo();
        if (own.isEmpty()) {
            return id -> true;
        }
        var ids = institutions.getObject().idsOfParticipant(own.get());
        return ids::contains;
    }

    /** Whether the reader may choose the plan (and its activities). */
    boolean seesPlan(long planId) {
        return scope.narrowedTo().isEmpty() || scope.sees(plans.getObject().participantOf(planId).orElseThrow(() -> org.ariadne.common.NotFoundException.of("plan", planId)));
    }
    /**
     * The trail's read rule narrowed to the reader's participant (issue 19): entries of a record another participant
     * owns are left out. Written as "not another's" so that an installation with one participant reads its trail as
     * before, the entries of deleted records included.
     */
    org.ariadne.audit.AuditVisibility inTrail(String entityType, org.ariadne.audit.AuditVisibility byRole) {
        var own = scope.narrowedTo();
        var others = OTHERS.get(entityType);
        if (own.isEmpty() || byRole.isNone() || others == null) {
            return byRole;
        }
        var params = new java.util.ArrayList<Object>(byRole.params());
        params.add(own.get());
        return org.ariadne.audit.AuditVisibility.where("(" + byRole.condition()
                + ") and (entity_id is null or entity_id not in (" + others + "))", params.toArray());
    }
}

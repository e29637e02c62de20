package org.ariadne.recommendations;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tracker's part in several participants (issue 19). Recommendations are addressed to one country: a source (a
 * GRETA round, a TIP report, an evaluation) belongs to its plan's participant, and its recommendations, notes and
 * proposals with it. Answers the guard ({@link org.ariadne.common.participant.ParticipantGuard}) for the tracker's
 * addresses, and the reader's participant for lists, choices and the import's name matching.
 */
@Component
class RecommendationParticipants implements ParticipantOwnership {

    /** Per audit type, the records of participants other than the one given. */
    private static final Map<String, String> OTHERS = Map.of(
            RecommendationSource.AUDIT_TYPE, "select id from recommendation_source where participant_id <> ?",
            Recommendation.AUDIT_TYPE, "select r.id from recommendation r"
                    + " join recommendation_source s on s.id = r.source_id where s.participant_id <> ?",
            FollowUpNote.AUDIT_TYPE, "select n.id from recommendation_follow_up n"
                    + " join recommendation r on r.id = n.recommendation_id"
                    + " join recommendation_source s on s.id = r.source_id where s.participant_id <> ?",
            ManagementResponse.AUDIT_TYPE, "select x.id from management_response x"
                    + " join recommendation r on r.id = x.recommendation_id"
                    + " join recommendation_source s on s.id = r.source_id where s.participant_id <> ?");

    private static final String OF_RECOMMENDATION = """
            select s.participant_id from recommendation r join recommendation_source s on s.id = r.source_id
            where r.id = """;

    private final JdbcClient jdbc;
    private final ParticipantScope scope;
    // looked up when first needed: the audit trail's read rules use this class, and the directory uses the trail
    private final ObjectProvider<Institutions> institutions;
    private final ObjectProvider<Plans> plans;

    RecommendationParticipants(JdbcClient jdbc, ParticipantScope scope, ObjectProvider<Institutions> institutions,
            ObjectProvider<Plans> plans) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.institutions = institutions;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        Owner recommendation = (id, address) -> owner(OF_RECOMMENDATION + "?", id);
        Owner source = (id, address) -> owner("select participant_id from recommendation_source where id = ?", id);
        return Map.of(
                "/recommendations/{}", recommendation,
                "/recommendations/sources/{}", source,
                "sourceId", source,
                "noteId", (id, address) -> owner(OF_RECOMMENDATION
                        + "(select recommendation_id from recommendation_follow_up where id = ?)", id),
                "proposalId", (id, address) -> owner(OF_RECOMMENDATION
                        + "(select recommendation_id from recommendation_proposal where id = ?)", id));
    }

    private Optional<Long> owner(String sql, String id) {
        return jdbc.sql(sql).param(Long.parseLong(id)).query(Long.class).optional();
    }

    boolean sees(long owner) {
        return scope.sees(owner);
    }

    /** Whether the reader may choose the plan for a source. */
    boolean seesPlan(long planId) {
        return scope.narrowedTo().isEmpty() || scope.sees(plans.getObject().participantOf(planId).orElseThrow(() -> org.ariadne.common.NotFoundException.of("plan", planId)));
    }

    /** The participant a source of this plan belongs to: the plan's, whoever records it. */
    long ofPlan(long planId) {
        return plans.getObject().participantOf(planId).orElseThrow(() -> org.ariadne.common.NotFoundException.of("plan", planId));
    }

    /** The institutions the reader may name: their participant's, or all of them across participants. */
    InstitutionDirectory directory() {
        var all = institutions.getObject().directory();
        var own = scope.narrowedTo();
        return own.isEmpty() ? all : all.within(institutions.getObject().idsOfParticipant(own.get()));
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

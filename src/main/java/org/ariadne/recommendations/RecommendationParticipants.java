package org.ariadne.recommendations;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
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

    private static final String OF_RECOMMENDATION = """
            select s.participant_id from recommendation r join recommendation_source s on s.id = r.source_id
            where r.id = """;

    private final JdbcClient jdbc;
    private final ParticipantScope scope;
    private final Institutions institutions;
    private final Plans plans;

    RecommendationParticipants(JdbcClient jdbc, ParticipantScope scope, Institutions institutions, Plans plans) {
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
        return scope.narrowedTo().isEmpty() || scope.sees(plans.participantOf(planId));
    }

    /** The participant a source of this plan belongs to: the plan's, whoever records it. */
    long ofPlan(long planId) {
        return plans.participantOf(planId);
    }

    /** The institutions the reader may name: their participant's, or all of them across participants. */
    InstitutionDirectory directory() {
        var all = institutions.directory();
        var own = scope.narrowedTo();
        return own.isEmpty() ? all : all.within(institutions.idsOfParticipant(own.get()));
    }
}

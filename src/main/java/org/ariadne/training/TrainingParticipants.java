package org.ariadne.training;

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
 * Capacity building's part in several participants (issue 19): whose need, planned training, training, trainer or
 * indicator link an address names (for {@link org.ariadne.common.participant.ParticipantGuard}), and the reader's
 * participant for the lists, figures and choices the guard cannot see.
 */
@Component
class TrainingParticipants implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final ParticipantScope scope;
    private final Institutions institutions;
    private final Plans plans;

    TrainingParticipants(JdbcClient jdbc, ParticipantScope scope, Institutions institutions, Plans plans) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.institutions = institutions;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of(
                "/trainings/{}", (id, address) -> owner("training", id),
                "/trainings/needs/{}", (id, address) -> owner("training_need", id),
                "/trainings/plan/{}", (id, address) -> owner("planned_training", id),
                "/trainers/{}", (id, address) -> owner("trainer", id),
                "/trainings/indicator-links/{}", (id, address) -> owner("training_indicator_link", id));
    }

    private Optional<Long> owner(String table, String id) {
        return jdbc.sql("select participant_id from " + table + " where id = ?").param(Long.parseLong(id))
                .query(Long.class).optional();
    }

    boolean sees(long owner) {
        return scope.sees(owner);
    }

    long forNewRecord() {
        return scope.forNewRecord();
    }

    /**
     * The directory of the institutions the reader may name: their participant's, or every one across participants.
     * Checks, choices and the names read from a participant list match within it only.
     */
    InstitutionDirectory directory() {
        var all = institutions.directory();
        var own = scope.narrowedTo();
        return own.isEmpty() ? all : all.within(institutions.idsOfParticipant(own.get()));
    }

    boolean seesPlan(long planId) {
        return scope.narrowedTo().isEmpty() || scope.sees(plans.participantOf(planId));
    }

    long participantOfPlan(long planId) {
        return plans.participantOf(planId);
    }
}

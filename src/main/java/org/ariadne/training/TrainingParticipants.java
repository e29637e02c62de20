package org.ariadne.training;

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
 * Capacity building's part in several participants (issue 19): whose need, planned training, training, trainer or
 * indicator link an address names (for {@link org.ariadne.common.participant.ParticipantGuard}), and the reader's
 * participant for the lists, figures and choices the guard cannot see.
 */
@Component
class TrainingParticipants implements ParticipantOwnership {

    /** Per audit type, the records of participants other than the one given. */
    private static final Map<String, String> OTHERS = Map.of(
            Training.AUDIT_TYPE, "select id from training where participant_id <> ?",
            TrainingNeed.AUDIT_TYPE, "select id from training_need where participant_id <> ?",
            PlannedTraining.AUDIT_TYPE, "select id from planned_training where participant_id <> ?",
            Trainer.AUDIT_TYPE, "select id from trainer where participant_id <> ?",
            IndicatorLink.AUDIT_TYPE, "select id from training_indicator_link where participant_id <> ?");

    private final JdbcClient jdbc;
    private final ParticipantScope scope;
    // looked up when first needed: the audit trail's read rules use this class, and the directory uses the trail
    private final ObjectProvider<Institutions> institutions;
    private final ObjectProvider<Plans> plans;

    TrainingParticipants(JdbcClient jdbc, ParticipantScope scope, ObjectProvider<Institutions> institutions,
            ObjectProvider<Plans> plans) {
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
        var all = institutions.getObject().directory();
        var own = scope.narrowedTo();
        return own.isEmpty() ? all : all.within(institutions.getObject().idsOfParticipant(own.get()));
    }

    boolean seesPlan(long planId) {
        return scope.narrowedTo().isEmpty() || scope.sees(plans.getObject().participantOf(planId).orElseThrow(() -> org.ariadne.common.NotFoundException.of("plan", planId)));
    }

    long participantOfPlan(long planId) {
        return plans.getObject().participantOf(planId).orElseThrow(() -> org.ariadne.common.NotFoundException.of("plan", planId));
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

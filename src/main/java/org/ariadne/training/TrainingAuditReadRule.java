package org.ariadne.training;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/**
 * The trail of capacity building is the office's (the M&amp;E officer and the coordinator): it names institutions'
 * needs and trainings in detail, which focal points of other institutions and members do not read. The participants'
 * names never reach the trail (a training's line counts them by institution and sex).
 */
@Component
class TrainingAuditReadRule implements AuditReadRule {

    private final TrainingParticipants participants;

    TrainingAuditReadRule(TrainingParticipants participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(TrainingNeed.AUDIT_TYPE, PlannedTraining.AUDIT_TYPE, Trainer.AUDIT_TYPE, Training.AUDIT_TYPE,
                IndicatorLink.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return participants.inTrail(entityType, AuditVisibility.toRoles(reader, "ME_OFFICER", "COORDINATOR"));
    }
}

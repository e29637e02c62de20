package org.ariadne.recommendations;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/**
 * The tracker's trail is read by those who read the whole tracker (the office, members, evaluators, the
 * administrator); a focal point, who reads only their institution's recommendations, reads none of it.
 */
@Component
class RecommendationAuditReadRule implements AuditReadRule {

    private final RecommendationParticipants participants;

    RecommendationAuditReadRule(RecommendationParticipants participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(RecommendationSource.AUDIT_TYPE, Recommendation.AUDIT_TYPE, FollowUpNote.AUDIT_TYPE,
                ManagementResponse.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return participants.inTrail(entityType, AuditVisibility.toRoles(reader, "ADMINISTRATOR", "COORDINATOR",
                "ME_OFFICER", "MEMBER", "EVALUATOR", "VICTIM_DATA_OFFICER"));
    }
}

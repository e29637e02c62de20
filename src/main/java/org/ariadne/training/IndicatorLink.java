package org.ariadne.training;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A plan indicator whose figure is computed from the trainings held (of one target group, or all). */
@Table("training_indicator_link")
class IndicatorLink {

    static final String AUDIT_TYPE = "training-indicator";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long indicatorId;
    private TargetGroup targetGroup;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;

    IndicatorLink() {
    }

    long participantId() {
        return participantId;
    }

    static IndicatorLink of(long indicatorId, TargetGroup targetGroup, long participantId, LocalDateTime now) {
        var link = new IndicatorLink();
        link.participantId = participantId;
        link.indicatorId = indicatorId;
        link.targetGroup = targetGroup;
        link.createdAt = now;
        return link;
    }

    Audited audited(String indicatorLabel, Long planId) {
        return Audited.of(AUDIT_TYPE, id, indicatorLabel, planId, AuditRecord.state("indicator", indicatorLabel,
                "targetGroup", targetGroup == null ? null : targetGroup.name()));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long indicatorId() {
        return indicatorId;
    }

    TargetGroup targetGroup() {
        return targetGroup;
    }
}

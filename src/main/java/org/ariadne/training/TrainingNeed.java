package org.ariadne.training;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One institution's need to train staff of a target group on a topic in a year (the needs assessment). */
@Table("training_need")
class TrainingNeed {

    static final String AUDIT_TYPE = "training-need";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long institutionId;
    private TargetGroup targetGroup;
    private TrainingTopic topic;
    private NeedPriority priority;
    private int staffToTrain;
    @Column("need_year")
    private int year;
    private String note;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    TrainingNeed() {
    }

    long participantId() {
        return participantId;
    }

    static TrainingNeed create(NeedCommand command, long participantId, LocalDateTime now) {
        var need = new TrainingNeed();
        need.participantId = participantId;
        need.createdAt = now;
        need.apply(command, now);
        return need;
    }

    void apply(NeedCommand command, LocalDateTime now) {
        institutionId = command.institutionId();
        targetGroup = command.targetGroup();
        topic = command.topic();
        priority = command.priority();
        staffToTrain = command.staffToTrain();
        year = command.year();
        note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        updatedAt = now;
    }

    NeedView view(String institutionName, NeedCoverage.Covered coverage) {
        return new NeedView(id, version, institutionId, institutionName, targetGroup, topic, priority, staffToTrain,
                year, note, coverage);
    }

    Audited audited(String institutionName) {
        return Audited.of(AUDIT_TYPE, id, institutionName + " · " + targetGroup.name() + " · " + topic.name() + " · "
                + year, null, AuditRecord.state("institution", institutionName, "targetGroup", targetGroup.name(),
                "topic", topic.name(), "priority", priority.name(), "staffToTrain", staffToTrain, "year", year,
                "note", note));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long institutionId() {
        return institutionId;
    }
}

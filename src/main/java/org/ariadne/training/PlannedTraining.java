package org.ariadne.training;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A training of the training plan. */
@Table("planned_training")
class PlannedTraining {

    static final String AUDIT_TYPE = "planned-training";

    @Id
    private Long id;
    @Version
    private Integer version;
    @Column("plan_year")
    private int year;
    private int quarter;
    private String module;
    private TrainingTopic topic;
    private TargetGroup targetGroup;
    private int places;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "planned_training_id")
    private Set<Invited> institutions = new LinkedHashSet<>();

    PlannedTraining() {
    }

    long participantId() {
        return participantId;
    }

    static PlannedTraining create(PlannedTrainingCommand command, long participantId, LocalDateTime now) {
        var planned = new PlannedTraining();
        planned.participantId = participantId;
        planned.createdAt = now;
        planned.apply(command, now);
        return planned;
    }

    void apply(PlannedTrainingCommand command, LocalDateTime now) {
        year = command.year();
        quarter = command.quarter();
        module = command.module().strip();
        topic = command.topic();
        targetGroup = command.targetGroup();
        places = command.places();
        var invited = new LinkedHashSet<Invited>();
        command.institutionIds().forEach(id -> invited.add(new Invited(id)));
        institutions = invited;
        updatedAt = now;
    }

    List<Long> institutionIds() {
        return institutions.stream().map(Invited::institutionId).sorted().toList();
    }

    PlannedTrainingView view(List<String> names, int placesGiven) {
        return new PlannedTrainingView(id, version, year, quarter, module, topic, targetGroup, places, institutionIds(),
                names, placesGiven);
    }

    Audited audited(List<String> names) {
        return Audited.of(AUDIT_TYPE, id, year + "-Q" + quarter + " · " + module, null, AuditRecord.state(
                "year", year, "quarter", quarter, "module", module, "topic", topic.name(),
                "targetGroup", targetGroup.name(), "places", places, "institutions", String.join(", ", names)));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    int year() {
        return year;
    }

    @Table("planned_training_institution")
    record Invited(long institutionId) {
    }
}

package org.ariadne.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.ariadne.common.text.NameKey;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A training held: its module, dates and place, its trainers, and its participants as counts or as a list of persons
 * (the means of verification). With a list, the pre- and post-test averages are those of the persons' scores.
 */
@Table("training")
class Training {

    static final String AUDIT_TYPE = "training";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long institutionId;
    private Long plannedTrainingId;
    private String module;
    private TrainingTopic topic;
    private TargetGroup targetGroup;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String place;
    private BigDecimal preTestAverage;
    private BigDecimal postTestAverage;
    private BigDecimal cost;
    private String currency;
    private BigDecimal satisfaction;
    private String evaluationComments;
    private ParticipantsKept participantsKept;
    private String listFileName;
    private boolean demo;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "training_id")
    private Set<TrainerRef> trainers = new LinkedHashSet<>();
    @MappedCollection(idColumn = "training_id", keyColumn = "position")
    private List<Count> counts = new ArrayList<>();
    @MappedCollection(idColumn = "training_id", keyColumn = "position")
    private List<Participant> participants = new ArrayList<>();

    Training() {
    }

    long participantId() {
        return participantId;
    }

    static Training create(TrainingCommand command, boolean demo, long participantId, LocalDateTime now) {
        var training = new Training();
        training.participantId = participantId;
        training.createdAt = now;
        training.demo = demo;
        training.participantsKept = ParticipantsKept.COUNTS;
        training.apply(command, now);
        return training;
    }

    void apply(TrainingCommand command, LocalDateTime now) {
        institutionId = command.institutionId();
        plannedTrainingId = command.plannedId();
        module = command.module().strip();
        topic = command.topic();
        targetGroup = command.targetGroup();
        startsOn = command.startsOn();
        endsOn = command.endsOn();
        place = command.place().strip();
        var refs = new LinkedHashSet<TrainerRef>();
        command.trainerIds().forEach(trainerId -> refs.add(new TrainerRef(trainerId)));
        trainers = refs;
        if (participantsKept == ParticipantsKept.COUNTS) {
            counts = new ArrayList<>(command.countLines().stream().map(line -> new Count(line.institutionId(),
                    line.role() == null || line.role().isBlank() ? null : line.role().strip(),
                    Objects.requireNonNullElse(line.women(), 0), Objects.requireNonNullElse(line.men(), 0))).toList());
            preTestAverage = command.preTestAverage();
            postTestAverage = command.postTestAverage();
        } else if (!hasScores()) {
            preTestAverage = command.preTestAverage();
            postTestAverage = command.postTestAverage();
        }
        cost = command.cost();
        currency = command.cost() == null ? null : command.currency();
        satisfaction = command.satisfaction();
        evaluationComments = command.evaluationComments() == null || command.evaluationComments().isBlank() ? null
                : command.evaluationComments().strip();
        updatedAt = now;
    }

    /** The participants are now this list: the counts go, the averages become the list's where it has scores. */
    void keepList(List<ParticipantRow> rows, String fileName, LocalDateTime now) {
        participants = new ArrayList<>(rows.stream().map(row -> new Participant(row.name().strip(),
                NameKey.of(row.name()), row.institutionId(), row.role(), row.sex(), row.preScore(), row.postScore()))
                .toList());
        counts = new ArrayList<>();
        participantsKept = ParticipantsKept.LIST;
        listFileName = fileName;
        if (hasScores()) {
            preTestAverage = average(participants.stream().map(Participant::preScore).toList());
            postTestAverage = average(participants.stream().map(Participant::postScore).toList());
        }
        updatedAt = now;
    }

    /** The list is dropped: the training keeps its participants as counts again, by institution, role and sex. */
    void dropList(LocalDateTime now) {
        var byLine = new java.util.LinkedHashMap<String, int[]>();
        var institutions = new java.util.HashMap<String, Long>();
        var roles = new java.util.HashMap<String, String>();
        for (var person : participants) {
            var key = person.institutionId() + "|" + Objects.toString(person.role(), "");
            institutions.put(key, person.institutionId());
            roles.put(key, person.role());
            var figures = byLine.computeIfAbsent(key, k -> new int[2]);
            figures[person.sex() == Sex.FEMALE ? 0 : 1]++;
        }
        counts = new ArrayList<>(byLine.entrySet().stream().map(e -> new Count(institutions.get(e.getKey()),
                roles.get(e.getKey()), e.getValue()[0], e.getValue()[1])).toList());
        participants = new ArrayList<>();
        participantsKept = ParticipantsKept.COUNTS;
        listFileName = null;
        updatedAt = now;
    }

    private boolean hasScores() {
        return participants.stream().anyMatch(p -> p.preScore() != null || p.postScore() != null);
    }

    static BigDecimal average(List<BigDecimal> scores) {
        var taken = scores.stream().filter(Objects::nonNull).toList();
        if (taken.isEmpty()) {
            return null;
        }
        return taken.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(taken.size()), 2, RoundingMode.HALF_UP);
    }

    Participation.Attendance attendance() {
        return new Participation.Attendance(id == null ? 0 : id,
                counts.stream().map(c -> new Participation.Count(c.institutionId(), c.women(), c.men())).toList(),
                participants.stream().map(p -> new Participation.Person(p.nameKey(), p.institutionId(), p.sex()))
                        .toList());
    }

    TrainingView view(LongFunction<String> institutionName, LongFunction<String> trainerName, String plannedLabel,
            boolean showPersons) {
        var shown = new ArrayList<TrainingView.ParticipantView>();
        if (showPersons) {
            for (int i = 0; i < participants.size(); i++) {
                var p = participants.get(i);
                shown.add(new TrainingView.ParticipantView(i + 1, p.name(), institutionName.apply(p.institutionId()),
                        p.role(), p.sex(), p.preScore(), p.postScore()));
            }
        }
        return new TrainingView(id, version, institutionId, institutionName.apply(institutionId), plannedTrainingId,
                plannedLabel, module, topic, targetGroup, startsOn, endsOn, place,
                trainers.stream().map(t -> new TrainingView.Named(t.trainerId(), trainerName.apply(t.trainerId())))
                        .sorted(java.util.Comparator.comparing(TrainingView.Named::name)).toList(),
                participantsKept, counts.stream().map(c -> new TrainingView.CountView(c.institutionId(),
                        institutionName.apply(c.institutionId()), c.role(), c.women(), c.men())).toList(),
                List.copyOf(shown), showPersons, Participation.of(List.of(attendance())), preTestAverage,
                postTestAverage, participantsKept == ParticipantsKept.LIST && hasScores(), cost, currency,
                satisfaction, evaluationComments, listFileName, demo);
    }

    List<Participant> participants() {
        return List.copyOf(participants);
    }

    /** What the trail keeps: the figures, never the persons' names (the list is counted, by institution and sex). */
    Audited audited(LongFunction<String> institutionName, LongFunction<String> trainerName) {
        var participation = Participation.of(List.of(attendance()));
        var byInstitution = new java.util.TreeMap<String, Object>();
        participation.byInstitution().forEach((institution, figures) -> byInstitution.put(
                institutionName.apply(institution), figures.women() + " F / " + figures.men() + " M"));
        return Audited.of(AUDIT_TYPE, id, module + " · " + startsOn, null, AuditRecord.state(
                "institution", institutionName.apply(institutionId), "module", module, "topic", topic.name(),
                "targetGroup", targetGroup.name(), "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                "place", place, "trainers", trainers.stream().map(t -> trainerName.apply(t.trainerId())).sorted()
                        .toList(),
                "participantsKept", participantsKept.name(), "participants", participation.total(),
                "byInstitution", byInstitution, "listFileName", listFileName,
                "preTestAverage", plain(preTestAverage), "postTestAverage", plain(postTestAverage),
                "cost", plain(cost), "currency", currency, "satisfaction", plain(satisfaction),
                "evaluationComments", evaluationComments));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
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

    LocalDate endsOn() {
        return endsOn;
    }

    TargetGroup targetGroup() {
        return targetGroup;
    }

    ParticipantsKept kept() {
        return participantsKept;
    }

    String module() {
        return module;
    }

    @Table("training_trainer")
    record TrainerRef(long trainerId) {
    }

    @Table("training_count")
    record Count(long institutionId, String role, int women, int men) {
    }

    @Table("training_participant")
    record Participant(String name, String nameKey, long institutionId, String role, Sex sex, BigDecimal preScore,
            BigDecimal postScore) {
    }
}

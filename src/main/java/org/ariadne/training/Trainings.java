package org.ariadne.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.spreadsheet.ReadLimits;
import org.ariadne.common.spreadsheet.SpreadsheetReader;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException;
import org.ariadne.common.upload.PendingUpload;
import org.ariadne.common.upload.PendingUploads;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainings held. A focal point records and reads their own institution's; the office reads all and the M&amp;E
 * officer records any; everyone signed in reads the aggregates. A training's participants are counts, or a list of
 * persons uploaded from a spreadsheet (checked, previewed, confirmed) or typed; the list is the means of verification,
 * shown to the office and the institution that recorded it and downloadable by the office only.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Trainings {

    static final String UPLOAD = "training-participants";

    private final TrainingRepository trainings;
    private final TrainerRepository trainers;
    private final PlannedTrainingRepository planned;
    private final Institutions institutions;
    private final PendingUploads uploads;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final TrainingParticipants participants;

    Trainings(TrainingRepository trainings, TrainerRepository trainers, PlannedTrainingRepository planned,
            Institutions institutions, PendingUploads uploads, AuditTrail trail, AuditHistory history, Clock clock,
            TrainingParticipants participants) {
        this.participants = participants;
        this.trainings = trainings;
        this.trainers = trainers;
        this.planned = planned;
        this.institutions = institutions;
        this.uploads = uploads;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The trainings of {@code year} (all years when null) the reader may see, the latest first. */
    @PreAuthorize(TrainingAccess.READERS)
    public List<TrainingView> list(Integer year, TargetGroup targetGroup) {
        var own = TrainingAccess.ownInstitutionOnly();
        return trainings.findAllByOrderByStartsOnDesc().stream()
                .filter(t -> participants.sees(t.participantId()))
                .filter(t -> own == null || t.institutionId() == own)
                .filter(t -> year == null || t.endsOn().getYear() == year)
                .filter(t -> targetGroup == null || t.targetGroup() == targetGroup)
                .map(t -> view(t, false)).toList();
    }

    /** Professionals trained in {@code year}, by institution and sex, and by target group: for everyone signed in. */
    @PreAuthorize(TrainingAccess.AGGREGATES)
    public TrainingAggregates aggregates(int year) {
        var held = trainings.findByEndsOnBetweenOrderByStartsOn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().filter(t -> participants.sees(t.participantId())).toList();
        Map<TargetGroup, Participation> byGroup = new EnumMap<>(TargetGroup.class);
        for (var group : TargetGroup.values()) {
            var of = held.stream().filter(t -> t.targetGroup() == group).map(Training::attendance).toList();
            if (!of.isEmpty()) {
                byGroup.put(group, Participation.of(of));
            }
        }
        var years = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
        trainings.findAll().stream().filter(t -> participants.sees(t.participantId()))
                .forEach(t -> years.add(t.endsOn().getYear()));
        years.add(year);
        return new TrainingAggregates(year, Participation.of(held.stream().map(Training::attendance).toList()), byGroup,
                List.copyOf(years));
    }

    @PreAuthorize(TrainingAccess.READERS)
    public TrainingView get(long id) {
        var training = find(id);
        TrainingAccess.refuseUnlessReads(training.institutionId());
        return view(training, true);
    }

    /** The training with its participant list, for the office's download of the means of verification. */
    @PreAuthorize(TrainingAccess.OFFICE)
    public TrainingView participantList(long id) {
        var training = find(id);
        if (training.kept() != ParticipantsKept.LIST) {
            throw TrainingException.notAList();
        }
        return view(training, true);
    }

    /**
     * The institutions the reader may name and choose (issue 19): their participant's, or every one for those who work
     * across participants.
     */
    @PreAuthorize("isAuthenticated()")
    public org.ariadne.institutions.InstitutionDirectory directory() {
        return participants.directory();
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    public void check(TrainingCommand command) {
        var refusals = new ArrayList<TrainingException>();
        var directory = participants.directory();
        if (command.institutionId() != null) {
            if (directory.byId(command.institutionId()).isEmpty()) {
                refusals.add(TrainingException.unknownInstitution("institutionId"));
            } else {
                var own = TrainingAccess.ownInstitutionOnly();
                if (own != null && !own.equals(command.institutionId())) {
                    refusals.add(TrainingException.otherInstitution("institutionId"));
                }
            }
        }
        if (command.startsOn() != null && command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            refusals.add(TrainingException.endBeforeStart());
        }
        if (command.startsOn() != null && command.startsOn().isAfter(LocalDate.now(clock))) {
            refusals.add(TrainingException.startInFuture());
        }
        if (command.trainerIds().stream().anyMatch(trainerId -> trainers.findById(trainerId)
                .filter(trainer -> participants.sees(trainer.participantId())).isEmpty())) {
            refusals.add(TrainingException.unknownTrainer());
        }
        if (command.plannedId() != null && planned.findById(command.plannedId())
                .filter(entry -> participants.sees(entry.participantId())).isEmpty()) {
            refusals.add(TrainingException.unknownPlanned());
        }
        for (int i = 0; i < command.countLines().size(); i++) {
            var line = command.countLines().get(i);
            if (line.institutionId() == null || directory.byId(line.institutionId()).isEmpty()
                    || (line.women() == null && line.men() == null)) {
                refusals.add(TrainingException.incompleteCount(i + 1));
            }
        }
        if (command.cost() != null && (command.currency() == null || command.currency().isBlank())) {
            refusals.add(TrainingException.costWithoutCurrency());
        }
        if (!refusals.isEmpty()) {
            throw TrainingException.all(refusals);
        }
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public long create(TrainingCommand command) {
        return create(command, false);
    }

    /** For the demo data: a training marked demo. */
    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public long create(TrainingCommand command, boolean demo) {
        check(command);
        var saved = trainings.save(Training.create(command, demo, participants.forNewRecord(), now()));
        trail.recordCreated(audited(saved));
        return saved.id();
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public void update(long id, int expectedVersion, TrainingCommand command) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        refuseStale(training, expectedVersion);
        check(command);
        var before = audited(training);
        training.apply(command, now());
        var saved = trainings.save(training);
        trail.recordChange(before, audited(saved));
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        refuseStale(training, expectedVersion);
        var before = audited(training);
        trainings.delete(training);
        trail.recordDeleted(before);
    }

    // ---- the participant list ----

    /**
     * Checks that an uploaded file is a spreadsheet that can be read (not empty, not too large, no macros, not
     * encrypted) and keeps it for the preview, answering its token. Its rows are checked in the preview.
     */
    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public String upload(long id, String fileName, byte[] content) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        if (content == null || content.length == 0) {
            throw TrainingUploadException.refused("spreadsheet.refused.empty");
        }
        read(content, fileName);
        return uploads.keep(UPLOAD, subject(id), Map.of(),
                fileName == null || fileName.isBlank() ? "participants.xlsx" : fileName, content);
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    public ListPreview preview(long id, String token) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        return preview(training, uploads.find(UPLOAD, subject(id), token));
    }

    /**
     * Saves the previewed list as the training's participants, once: not while it has problems, and not when the
     * training changed since the preview ({@code seen}); a second confirmation saves nothing.
     */
    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public int confirm(long id, String token, String seen) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        return uploads.confirm(UPLOAD, subject(id), token, upload -> {
            var preview = preview(training, upload);
            PendingUploads.checkUnchanged(seen, preview.fingerprint());
            if (!preview.canConfirm()) {
                throw TrainingException.listHasProblems(preview.errors());
            }
            var rows = ParticipantList.read(grid(upload), participants.directory()).participants();
            keep(training, rows, upload.fileName());
            return rows.size();
        }, count -> count + " participants");
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public void cancel(long id, String token) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        uploads.discard(UPLOAD, subject(id), token);
    }

    /**
     * A list typed one person a line: saved when every line is right, else nothing is saved and the problems are
     * answered, each naming its line and field.
     */
    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public List<ListProblem> typeList(long id, int expectedVersion, String text) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        refuseStale(training, expectedVersion);
        var read = ParticipantList.typed(text, participants.directory());
        if (read.errors() > 0) {
            return read.problems();
        }
        keep(training, read.participants(), null);
        return List.of();
    }

    /** The list is dropped; the training keeps its participants as counts by institution, role and sex. */
    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public void dropList(long id, int expectedVersion) {
        var training = find(id);
        TrainingAccess.refuseUnlessRecords(training.institutionId());
        refuseStale(training, expectedVersion);
        var before = audited(training);
        training.dropList(now());
        var saved = trainings.save(training);
        trail.recordChange(before, audited(saved));
    }

    /**
     * Professionals trained in one participant's trainings (issue 19: a plan's figure counts its own participant's)
     * that ended between the two days, of one target group or all.
     */
    Participation participation(long participantId, LocalDate from, LocalDate to, TargetGroup targetGroup) {
        return Participation.of(trainings.findByEndsOnBetweenOrderByStartsOn(from, to).stream()
                .filter(t -> t.participantId() == participantId)
                .filter(t -> targetGroup == null || t.targetGroup() == targetGroup).map(Training::attendance).toList());
    }

    private void keep(Training training, List<ParticipantRow> rows, String fileName) {
        var before = audited(training);
        training.keepList(rows, fileName, now());
        var saved = trainings.save(training);
        trail.recordChange(before, audited(saved));
    }

    private ListPreview preview(Training training, PendingUpload upload) {
        var directory = participants.directory();
        var read = ParticipantList.read(grid(upload), directory);
        var shown = new ArrayList<TrainingView.ParticipantView>();
        int women = 0;
        for (int i = 0; i < read.participants().size(); i++) {
            var row = read.participants().get(i);
            shown.add(new TrainingView.ParticipantView(i + 1, row.name(), directory.nameOf(row.institutionId()),
                    row.role(), row.sex(), row.preScore(), row.postScore()));
            women += row.sex() == Sex.FEMALE ? 1 : 0;
        }
        var fingerprint = PendingUploads.fingerprint(training.version(), read.participants(),
                read.problems().stream().map(p -> p.cell() + p.key()).toList());
        return new ListPreview(upload.id(), upload.fileName(), training.id(), training.module(), List.copyOf(shown),
                read.problems(), fingerprint, women, shown.size() - women,
                training.kept() == ParticipantsKept.LIST);
    }

    private org.ariadne.common.spreadsheet.Grid grid(PendingUpload upload) {
        return read(upload.content(), upload.fileName());
    }

    private org.ariadne.common.spreadsheet.Grid read(byte[] content, String fileName) {
        try {
            return SpreadsheetReader.read(content, fileName,
                    ReadLimits.defaults().withMaxBytes(uploads.limits().maxBytes()));
        } catch (SpreadsheetRefusedException refused) {
            throw TrainingUploadException.refused(refused.messageKey(), refused.messageArgs());
        }
    }

    private static String subject(long id) {
        return "training:" + id;
    }

    private TrainingView view(Training training, boolean persons) {
        var directory = institutions.directory();
        String plannedLabel = null;
        var plannedId = training.view(i -> "", t -> "", null, false).plannedId();
        if (plannedId != null) {
            plannedLabel = planned.findById(plannedId).map(p -> p.year() + " · " + p.view(List.of(), 0).module())
                    .orElse(null);
        }
        return training.view(i -> Objects.requireNonNullElse(directory.nameOf(i), "#" + i), this::trainerName,
                plannedLabel, persons);
    }

    private String trainerName(long id) {
        return trainers.findById(id).map(Trainer::name).orElse("#" + id);
    }

    private org.ariadne.audit.Audited audited(Training training) {
        var directory = institutions.directory();
        return training.audited(i -> Objects.requireNonNullElse(directory.nameOf(i), "#" + i), this::trainerName);
    }

    private void refuseStale(Training training, int expected) {
        if (training.version() != expected) {
            var last = history.lastChange(Training.AUDIT_TYPE, training.id());
            throw ConflictException.of("training.conflict", training.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private Training find(long id) {
        return trainings.findById(id).filter(t -> participants.sees(t.participantId()))
                .orElseThrow(() -> NotFoundException.of(Training.AUDIT_TYPE, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

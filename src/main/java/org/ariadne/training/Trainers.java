package org.ariadne.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool of trainers and their certifications, each flagged when it expired or expires within 90 days. Read by the
 * office and the focal points (who choose the trainers of a training); kept by the M&amp;E officer.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Trainers {

    private final TrainerRepository trainers;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final TrainingParticipants participants;

    Trainers(TrainerRepository trainers, Institutions institutions, AuditTrail trail, AuditHistory history,
            Clock clock, TrainingParticipants participants) {
        this.participants = participants;
        this.trainers = trainers;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    @PreAuthorize(TrainingAccess.READERS)
    public List<TrainerView> list() {
        var today = LocalDate.now(clock);
        return trainers.findAll().stream().filter(trainer -> participants.sees(trainer.participantId()))
                .map(trainer -> view(trainer, today))
                .sorted(Comparator.comparing(TrainerView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @PreAuthorize(TrainingAccess.READERS)
    public TrainerView get(long id) {
        return view(find(id), LocalDate.now(clock));
    }

    /**
     * The institutions the reader may name and choose (issue 19): their participant's, or every one for those who work
     * across participants.
     */
    @PreAuthorize("isAuthenticated()")
    public org.ariadne.institutions.InstitutionDirectory directory() {
        return participants.directory();
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    public void check(TrainerCommand command) {
        var refusals = new ArrayList<TrainingException>();
        if (command.institutionId() != null && participants.directory().byId(command.institutionId()).isEmpty()) {
            refusals.add(TrainingException.unknownInstitution("institutionId"));
        }
        for (int i = 0; i < command.lines().size(); i++) {
            var line = command.lines().get(i);
            if (line.topic() == null || line.issuedOn() == null || line.certifyingBody() == null
                    || line.certifyingBody().isBlank()) {
                refusals.add(TrainingException.incompleteCertification(i + 1));
            } else if (line.expiresOn() != null && line.expiresOn().isBefore(line.issuedOn())) {
                refusals.add(TrainingException.expiryBeforeIssue(i + 1));
            }
        }
        if (!refusals.isEmpty()) {
            throw TrainingException.all(refusals);
        }
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public long create(TrainerCommand command) {
        return create(command, false);
    }

    /** For the demo data: a trainer marked demo. */
    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public long create(TrainerCommand command, boolean demo) {
        check(command);
        var saved = trainers.save(Trainer.create(command, demo, participants.forNewRecord(), now()));
        trail.recordCreated(saved.audited(name(command.institutionId())));
        return saved.id();
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public void update(long id, int expectedVersion, TrainerCommand command) {
        var trainer = find(id);
        refuseStale(trainer, expectedVersion);
        check(command);
        var before = trainer.audited(name(trainer.view(null, LocalDate.now(clock)).institutionId()));
        trainer.apply(command, now());
        var saved = trainers.save(trainer);
        trail.recordChange(before, saved.audited(name(command.institutionId())));
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var trainer = find(id);
        refuseStale(trainer, expectedVersion);
        var before = trainer.audited(name(trainer.view(null, LocalDate.now(clock)).institutionId()));
        trainers.delete(trainer);
        trail.recordDeleted(before);
    }

    boolean exists(long id) {
        return trainers.existsById(id);
    }

    String nameOf(long id) {
        return trainers.findById(id).map(Trainer::name).orElse("#" + id);
    }

    private TrainerView view(Trainer trainer, LocalDate today) {
        var institutionId = trainer.view(null, today).institutionId();
        return trainer.view(institutionId == null ? null : institutions.directory().nameOf(institutionId), today);
    }

    private String name(Long institutionId) {
        return institutionId == null ? null : institutions.directory().nameOf(institutionId);
    }

    private void refuseStale(Trainer trainer, int expected) {
        if (trainer.version() != expected) {
            var last = history.lastChange(Trainer.AUDIT_TYPE, trainer.id());
            throw ConflictException.of("training.conflict", trainer.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private Trainer find(long id) {
        return trainers.findById(id).filter(trainer -> participants.sees(trainer.participantId()))
                .orElseThrow(() -> NotFoundException.of(Trainer.AUDIT_TYPE, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

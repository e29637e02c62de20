package org.ariadne.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants (countries or entities) of the installation (issue 19): listed and named for everyone signed in,
 * kept (created, renamed) by the installation's administrator only, an administrator whose account belongs to no
 * participant. Every change is in the audit trail.
 */
@Service
public class Participants {

    /** Who keeps the participants: an administrator across participants, not a participant's own administrator. */
    static final String KEEPER = "hasRole('ADMINISTRATOR') and @participantScope.narrowedTo().isEmpty()";

    private final ParticipantRepository participants;
    private final ParticipantScope scope;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;

    Participants(ParticipantRepository participants, ParticipantScope scope, AuditTrail trail, AuditHistory history,
            Clock clock) {
        this.participants = participants;
        this.scope = scope;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** Every participant, by code. */
    @Transactional(readOnly = true)
    public List<ParticipantView> list() {
        return participants.findAllByCode().stream().map(Participant::view).toList();
    }

    @Transactional(readOnly = true)
    public ParticipantView get(long id) {
        return find(id).view();
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantView> byCode(String code) {
        return participants.findByCode(ParticipantCommand.normaliseCode(code)).map(Participant::view);
    }

    /** Whether the installation holds more than one participant, so that pages say whose a record or a person is. */
    @Transactional(readOnly = true)
    public boolean several() {
        return participants.count() > 1;
    }

    /** The participant's name in the reader's language; null for none (someone who works across participants). */
    @Transactional(readOnly = true)
    public String nameOf(Long id) {
        return id == null ? null : participants.findById(id).map(p -> p.view().nameIn(LocaleContextHolder.getLocale()))
                .orElse(null);
    }

    /**
     * For the page header: the signed-in person's participant in the reader's language, when the installation has more
     * than one and the person belongs to one; null otherwise.
     */
    // no transaction of its own: opening one is what fails while the database is away
    public String headerName() {
        try {
            return scope.narrowedTo().filter(own -> several()).map(this::nameOf).orElse(null);
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException
                unavailable) {
            // the page frame must render while the database is away (the "try again" page of a lost connection)
            return null;
        }
    }

    /** Whether the signed-in person keeps the participants (the installation's administrator). */
    public boolean keptByMe() {
        return CurrentUser.get().map(me -> me.roles().contains(Role.ADMINISTRATOR)).orElse(false)
                && scope.narrowedTo().isEmpty();
    }

    @PreAuthorize(KEEPER)
    @Transactional
    public long create(ParticipantCommand command) {
        return create(command, false);
    }

    /** A participant of the demo, flagged so nobody mistakes it for a real one. */
    @PreAuthorize(KEEPER)
    @Transactional
    public long createDemo(ParticipantCommand command) {
        return create(command, true);
    }

    private long create(ParticipantCommand command, boolean demo) {
        refuseAll(refusals(command, null));
        var saved = participants.save(Participant.create(command, demo, now()));
        trail.recordCreated(saved);
        return saved.id();
    }

    @PreAuthorize(KEEPER)
    @Transactional
    public void update(long id, int expectedVersion, ParticipantCommand command) {
        var participant = find(id);
        if (participant.version() != expectedVersion) {
            var last = history.lastChange(Participant.AUDIT_TYPE, id);
            throw ConflictException.of("participant.conflict", participant.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
        refuseAll(refusals(command, id));
        var before = participant.snapshot();
        participant.apply(command, now());
        trail.recordChange(before, participants.save(participant));
    }

    /** Every reason the participant could not be saved so, thrown together, without saving anything. */
    @PreAuthorize(KEEPER)
    @Transactional(readOnly = true)
    public void check(ParticipantCommand command, Long self) {
        refuseAll(refusals(command, self));
    }

    private List<ParticipantException> refusals(ParticipantCommand command, Long self) {
        var refusals = new ArrayList<ParticipantException>();
        var code = ParticipantCommand.normaliseCode(command.code());
        if (code.isEmpty()) {
            refusals.add(ParticipantException.codeRequired());
        } else if (!code.matches("[A-Z0-9-]{1,16}")) {
            refusals.add(ParticipantException.codeCharacters());
        } else {
            participants.findByCode(code).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> refusals.add(ParticipantException.codeTaken(code)));
        }
        if (command.name() == null || command.name().isBlank()) {
            refusals.add(ParticipantException.nameRequired());
        }
        return refusals;
    }

    private static void refuseAll(List<ParticipantException> refusals) {
        ParticipantException.refuseAll(refusals);
    }

    private Participant find(long id) {
        return participants.findById(id).orElseThrow(() -> NotFoundException.of(Participant.AUDIT_TYPE, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

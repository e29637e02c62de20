package org.ariadne.coordination;

import java.time.Clock;
import java.time.Instant;
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
 * The meetings the office keeps: recorded and changed by the M&amp;E officer and the coordinator, read by members
 * and, for the meetings their institution is invited to, by focal points (a meeting they may not read is "not
 * found" to them). Every change is a line in the audit trail; files are checked by content and size.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Meetings {

    public static final String OFFICE = CoordinationAccess.OFFICE;
    public static final String READERS = CoordinationAccess.READERS;

    static final String ENTITY = Meeting.AUDIT_TYPE;

    private final MeetingRepository meetings;
    private final FollowUpActionRepository actions;
    private final CoordinationFileRepository files;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final CoordinationProperties properties;
    private final Clock clock;
    private final AgreementRepository agreements;
    private final CoordinationParticipants participants;

    Meetings(MeetingRepository meetings, FollowUpActionRepository actions, CoordinationFileRepository files,
            Institutions institutions, AuditTrail trail, AuditHistory history, CoordinationProperties properties,
            Clock clock, AgreementRepository agreements, CoordinationParticipants participants) {
        this.agreements = agreements;
        this.participants = participants;
        this.meetings = meetings;
        this.actions = actions;
        this.files = files;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** The meetings the reader may see, newest first, of one kind and year when given. */
    @PreAuthorize(READERS)
    public List<MeetingSummary> list(MeetingKind kind, Integer year) {
        var user = CoordinationAccess.user();
        var names = institutions.directory();
        var open = new java.util.HashMap<Long, Integer>();
        actions.findByStatusNotOrderByDueOnAsc(ActionStatus.DONE)
                .forEach(action -> open.merge(action.meetingId(), 1, Integer::sum));
        return meetings.findAllByOrderByHeldOnDescStartsAtDesc().stream()
                .filter(meeting -> participants.sees(meeting.participantId()))
                .filter(meeting -> CoordinationAccess.mayRead(user, meeting))
                .filter(meeting -> kind == null || meeting.kind() == kind)
                .filter(meeting -> year == null || meeting.heldOn().getYear() == year)
                .map(meeting -> meeting.summary(names::nameOf, open.getOrDefault(meeting.id(), 0))).toList();
    }

    @PreAuthorize(READERS)
    public MeetingView get(long id) {
        var meeting = readable(id);
        return meeting.view(institutions.directory()::nameOf,
                files.findByMeetingId(id).stream().map(CoordinationFile::view).toList());
    }

    /** The module's rules on a command: times in order, institutions known, every attendance row complete. */
    @PreAuthorize(OFFICE)
    public void check(MeetingCommand command) {
        var refusals = new ArrayList<CoordinationException>();
        var directory = institutions.directory();
        var ours = participants.institutions();
        java.util.function.LongPredicate unknown = id -> directory.byId(id).isEmpty() || !ours.test(id);
        if (command.startsAt() != null && command.endsAt() != null && !command.endsAt().isAfter(command.startsAt())) {
            refusals.add(CoordinationException.endNotAfterStart());
        }
        if (command.invited().stream().anyMatch(unknown::test)) {
            refusals.add(CoordinationException.unknownInstitution("invited"));
        }
        if (command.kind() == MeetingKind.LOCAL_COMMITTEE) {
            if (command.committeeId() == null) {
                refusals.add(CoordinationException.committeeMissing());
            } else if (unknown.test(command.committeeId())) {
                refusals.add(CoordinationException.unknownInstitution("committeeId"));
            }
        }
        for (var row : command.attendanceRows()) {
            if (row.institutionId() == null || unknown.test(row.institutionId())) {
                refusals.add(CoordinationException.attendanceInstitution(row.line()));
            }
            if (row.role() == null) {
                refusals.add(CoordinationException.attendanceRole(row.line()));
            }
            if (!row.countsReadable()) {
                refusals.add(CoordinationException.attendanceCount(row.line()));
            }
        }
        CoordinationException.refuseAll(refusals);
    }

    @PreAuthorize(OFFICE)
    @Transactional
    public long create(MeetingCommand command) {
        check(command);
        var saved = meetings.save(Meeting.create(command, participants.forNewRecord(), now()));
        trail.recordCreated(saved.audited(institutions.directory()::nameOf));
        return saved.id();
    }

    @PreAuthorize(OFFICE)
    @Transactional
    public void update(long id, int expectedVersion, MeetingCommand command) {
        var meeting = find(id);
        refuseStale(meeting, expectedVersion);
        check(command);
        var names = institutions.directory();
        var before = meeting.audited(names::nameOf);
        meeting.apply(command, now());
        trail.recordChange(before, meetings.save(meeting).audited(names::nameOf));
    }

    /** Deletes a meeting with its actions and files; each goes to the trail. */
    @PreAuthorize(OFFICE)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var meeting = find(id);
        refuseStale(meeting, expectedVersion);
        var names = institutions.directory();
        var label = meeting.heldOn() + " " + meeting.title();
        for (var action : actions.findByMeetingIdOrderByIdAsc(id)) {
            trail.recordDeleted(action.audited(label, names.nameOf(action.ownerInstitutionId()), null));
            actions.delete(action);
        }
        for (var file : files.findByMeetingId(id)) {
            trail.recordDeleted(file.audited(label));
            files.deleteById(file.id());
        }
        trail.recordDeleted(meeting.audited(names::nameOf));
        meetings.delete(meeting);
    }

    /** The meeting's invitation as an iCalendar file, for everyone who may read the meeting. */
    @PreAuthorize(READERS)
    public byte[] invitation(long id, String host) {
        var meeting = readable(id);
        var names = institutions.directory();
        var description = new StringBuilder();
        if (meeting.agenda() != null) {
            var items = meeting.agenda().lines().toList();
            for (int i = 0; i < items.size(); i++) {
                description.append(i + 1).append(". ").append(items.get(i)).append('\n');
            }
        }
        var attendees = meeting.invitedInstitutions().stream().map(names::nameOf)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        var event = new Invitations.Event(meeting.id(), meeting.title(), meeting.heldOn().atTime(meeting.startsAt()),
                meeting.heldOn().atTime(meeting.endsAt()), meeting.place(), description.toString().strip(), attendees,
                meeting.version(), Instant.now(clock));
        return Invitations.ics(event, properties.timeZone(), host);
    }

    /** Keeps a file with the meeting once it passes the checks ({@link FileChecks}); returns its id. */
    @PreAuthorize(OFFICE)
    @Transactional
    public long attach(long meetingId, String fileName, byte[] content) {
        var meeting = find(meetingId);
        var type = FileChecks.accepted(fileName, content, properties.maxFileBytes());
        var saved = files.save(CoordinationFile.of(meetingId, null, FileChecks.baseName(fileName), type, content,
                CoordinationAccess.user().getUsername(), now()));
        trail.recordCreated(saved.audited(meeting.heldOn() + " " + meeting.title()));
        return saved.id();
    }

    /** A kept file, for whoever may read the meeting or the agreement it belongs to. */
    @PreAuthorize(READERS)
    public StoredFile file(long fileId) {
        var file = files.findById(fileId).orElseThrow(() -> NotFoundException.of(CoordinationFile.AUDIT_TYPE, fileId));
        if (file.meetingId() != null) {
            readable(file.meetingId());
        } else if (!CoordinationAccess.readsAll(CoordinationAccess.user()) || !agreementSeen(file.agreementId())) {
            throw NotFoundException.of(CoordinationFile.AUDIT_TYPE, fileId);
        }
        return new StoredFile(file.fileName(), file.contentType(), file.content(), file.meetingId(), file.agreementId());
    }

    /** Removes a kept file; returns where it was kept (the meeting's or the agreement's page). */
    @PreAuthorize(OFFICE)
    @Transactional
    public String removeFile(long fileId) {
        var file = files.findById(fileId)
                .filter(f -> f.meetingId() != null ? visible(f.meetingId()).isPresent() : agreementSeen(f.agreementId()))
                .orElseThrow(() -> NotFoundException.of(CoordinationFile.AUDIT_TYPE, fileId));
        var owner = file.meetingId() != null ? find(file.meetingId()).heldOn() + " " + find(file.meetingId()).title()
                : "agreement " + file.agreementId();
        trail.recordDeleted(file.audited(owner));
        files.delete(file);
        return file.meetingId() != null ? "/meetings/" + file.meetingId() : "/agreements/" + file.agreementId();
    }

    /** A file as it is downloaded. */
    public record StoredFile(String fileName, String contentType, byte[] content, Long meetingId, Long agreementId) {
    }

    /** The institutions that may be invited or attend, by name. */
    @PreAuthorize(READERS)
    public List<InstitutionRef> institutionChoices() {
        var ours = participants.institutions();
        return institutions.directory().all().stream().filter(i -> i.active() && ours.test(i.id()))
                .map(i -> new InstitutionRef(i.id(), i.displayName()))
                .sorted(Comparator.comparing(InstitutionRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    Meeting readable(long id) {
        var meeting = find(id);
        if (!CoordinationAccess.mayRead(CoordinationAccess.user(), meeting)) {
            // a focal point not invited is not told the meeting exists
            throw NotFoundException.of(ENTITY, id);
        }
        return meeting;
    }

    /** The meeting, if it is the reader's participant's (another participant's does not exist for them). */
    Meeting find(long id) {
        return visible(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    java.util.Optional<Meeting> visible(long id) {
        return meetings.findById(id).filter(meeting -> participants.sees(meeting.participantId()));
    }

    private boolean agreementSeen(Long agreementId) {
        return agreementId != null && agreements.findById(agreementId)
                .filter(agreement -> participants.sees(agreement.participantId())).isPresent();
    }

    private void refuseStale(Meeting meeting, int expectedVersion) {
        if (meeting.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, meeting.id());
            throw ConflictException.of("coordination.meeting.conflict", meeting.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

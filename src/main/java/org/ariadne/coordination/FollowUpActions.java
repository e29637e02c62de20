package org.ariadne.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions decided in meetings, in one register across meetings. The office records and changes them;
 * the owner institution's focal points read theirs and say where they stand (status, closing note); members read
 * them all.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class FollowUpActions {

    static final String ENTITY = FollowUpAction.AUDIT_TYPE;

    private final FollowUpActionRepository actions;
    private final Meetings meetings;
    private final Institutions institutions;
    private final PlanActivities activities;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final CoordinationParticipants participants;

    FollowUpActions(FollowUpActionRepository actions, Meetings meetings, Institutions institutions,
            PlanActivities activities, AuditTrail trail, AuditHistory history, Clock clock,
            CoordinationParticipants participants) {
        this.participants = participants;
        this.actions = actions;
        this.meetings = meetings;
        this.institutions = institutions;
        this.activities = activities;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The register: the actions the reader may see that {@code filter} keeps, by due date. */
    @PreAuthorize(CoordinationAccess.READERS)
    public List<FollowUpView> register(ActionFilter filter) {
        var user = CoordinationAccess.user();
        var today = LocalDate.now(clock);
        var names = institutions.directory();
        var labels = activities.all();
        // another participant's meeting does not exist for the reader, nor do its actions
        var meetingCache = new java.util.HashMap<Long, java.util.Optional<Meeting>>();
        return actions.findAllByOrderByDueOnAscIdAsc().stream()
                .filter(action -> meetingCache.computeIfAbsent(action.meetingId(), meetings::visible).isPresent())
                .filter(action -> CoordinationAccess.mayRead(user, action))
                .map(action -> view(action, meetingCache.get(action.meetingId()).orElseThrow(), names, labels))
                .filter(action -> filter.matches(action, today)).toList();
    }

    /** A meeting's actions, for whoever may read the meeting. */
    @PreAuthorize(CoordinationAccess.READERS)
    public List<FollowUpView> ofMeeting(long meetingId) {
        var meeting = meetings.readable(meetingId);
        var names = institutions.directory();
        var labels = activities.all();
        return actions.findByMeetingIdOrderByIdAsc(meetingId).stream().map(a -> view(a, meeting, names, labels)).toList();
    }

    @PreAuthorize(CoordinationAccess.READERS)
    public FollowUpView get(long id) {
        var action = find(id);
        if (!CoordinationAccess.mayRead(CoordinationAccess.user(), action)) {
            throw NotFoundException.of(ENTITY, id);
        }
        return view(action, meetings.find(action.meetingId()), institutions.directory(), activities.all());
    }

    /** The plans' activities an action may serve. */
    @PreAuthorize(CoordinationAccess.READERS)
    public List<ActivityChoice> activityChoices() {
        return List.copyOf(activities.all().values());
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    public void check(long meetingId, FollowUpCommand command) {
        var meeting = meetings.find(meetingId);
        var refusals = new ArrayList<CoordinationException>();
        if (command.ownerId() != null && (institutions.directory().byId(command.ownerId()).isEmpty()
                || !participants.institutions().test(command.ownerId()))) {
            refusals.add(CoordinationException.unknownInstitution("ownerId"));
        }
        if (command.decisionNumber() != null
                && (command.decisionNumber() < 1 || command.decisionNumber() > meeting.decisionCount())) {
            refusals.add(CoordinationException.unknownDecision(meeting.decisionCount()));
        }
        if (command.activityId() != null && !activities.all().containsKey(command.activityId())) {
            refusals.add(CoordinationException.unknownActivity());
        }
        if (command.status() == ActionStatus.DONE
                && (command.closingNote() == null || command.closingNote().isBlank())) {
            refusals.add(CoordinationException.closingNoteMissing());
        }
        CoordinationException.refuseAll(refusals);
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public long create(long meetingId, FollowUpCommand command) {
        check(meetingId, command);
        var saved = actions.save(FollowUpAction.create(meetingId, command, LocalDate.now(clock), now()));
        trail.recordCreated(audited(saved));
        return saved.id();
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public void update(long id, int expectedVersion, FollowUpCommand command) {
        var action = find(id);
        refuseStale(action, expectedVersion);
        check(action.meetingId(), command);
        var before = audited(action);
        action.apply(command, LocalDate.now(clock), now());
        trail.recordChange(before, audited(actions.save(action)));
    }

    /**
     * Where the action stands, from the office or a focal point of the owner institution: in progress, or done with
     * a closing note (reopened when set back).
     */
    @PreAuthorize(CoordinationAccess.READERS)
    @Transactional
    public void updateStatus(long id, int expectedVersion, ActionUpdateCommand command) {
        var action = find(id);
        var user = CoordinationAccess.user();
        if (!CoordinationAccess.mayUpdate(user, action)) {
            if (!CoordinationAccess.mayRead(user, action)) {
                throw NotFoundException.of(ENTITY, id);
            }
            throw CoordinationException.notOwner();
        }
        refuseStale(action, expectedVersion);
        var before = audited(action);
        action.update(command, LocalDate.now(clock), now());
        trail.recordChange(before, audited(actions.save(action)));
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var action = find(id);
        refuseStale(action, expectedVersion);
        trail.recordDeleted(audited(action));
        actions.delete(action);
    }

    /** Whether the reader may set the action's status (the pages show the form only then). */
    @PreAuthorize(CoordinationAccess.READERS)
    public boolean mayUpdate(long id) {
        return CoordinationAccess.mayUpdate(CoordinationAccess.user(), find(id));
    }

    /** Open and in-progress actions, every one, for the reminders (a system task, not a reader). */
    List<FollowUpView> notDone() {
        var names = institutions.directory();
        var labels = activities.all();
        return actions.findByStatusNotOrderByDueOnAsc(ActionStatus.DONE).stream()
                .map(action -> view(action, meetings.find(action.meetingId()), names, labels)).toList();
    }

    private FollowUpView view(FollowUpAction action, Meeting meeting, InstitutionDirectory names,
            Map<Long, ActivityChoice> labels) {
        var activity = action.activityId() == null ? null : labels.get(action.activityId());
        return new FollowUpView(action.id(), action.version(), meeting.id(), meeting.title(), meeting.heldOn(),
                meeting.kind(), action.decisionNumber(), action.description(), action.ownerInstitutionId(),
                names.nameOf(action.ownerInstitutionId()), action.dueOn(), action.status(), action.activityId(),
                activity == null ? null : activity.label(), action.closingNote(), action.closedOn());
    }

    private Audited audited(FollowUpAction action) {
        var meeting = meetings.find(action.meetingId());
        var activity = action.activityId() == null ? null : activities.all().get(action.activityId());
        return action.audited(meeting.heldOn() + " " + meeting.title(),
                institutions.directory().nameOf(action.ownerInstitutionId()), activity == null ? null : activity.label());
    }

    private void refuseStale(FollowUpAction action, int expectedVersion) {
        if (action.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, action.id());
            throw ConflictException.of("coordination.action.conflict", action.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    /** The action, if its meeting is the reader's participant's. */
    private FollowUpAction find(long id) {
        return actions.findById(id).filter(action -> meetings.visible(action.meetingId()).isPresent())
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

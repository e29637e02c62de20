package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting with its invitations, attendance and decisions (one aggregate: they are saved together). */
@Table("meeting")
class Meeting {

    static final String AUDIT_TYPE = "meeting";

    @Id
    private Long id;
    @Version
    private Integer version;
    private MeetingKind kind;
    private String title;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String place;
    private String agenda;
    private String invitedPersons;
    private String minutes;
    private Long committeeInstitutionId;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "meeting_id")
    private Set<Invitation> invitations = new LinkedHashSet<>();
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<Attendance> attendance = new ArrayList<>();
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<Decision> decisions = new ArrayList<>();

    Meeting() {
    }

    long participantId() {
        return participantId;
    }

    static Meeting create(MeetingCommand command, long participantId, LocalDateTime now) {
        var meeting = new Meeting();
        meeting.participantId = participantId;
        meeting.createdAt = now;
        meeting.apply(command, now);
        return meeting;
    }

    /** Takes the command as it is; the facade checked its rules (times, institutions, attendance rows) before. */
    void apply(MeetingCommand command, LocalDateTime now) {
        kind = command.kind();
        title = command.title().strip();
        heldOn = command.heldOn();
        startsAt = command.startsAt();
        endsAt = command.endsAt();
        place = blankToNull(command.place());
        agenda = command.agendaItems().isEmpty() ? null : String.join("\n", command.agendaItems());
        invitedPersons = blankToNull(command.invitedPersons());
        minutes = blankToNull(command.minutes());
        committeeInstitutionId = kind == MeetingKind.LOCAL_COMMITTEE ? command.committeeId() : null;
        invitations = command.invited().stream().map(Invitation::new).collect(Collectors.toCollection(LinkedHashSet::new));
        attendance = command.attendanceRows().stream().map(row -> new Attendance(row.institutionId(), row.role(),
                row.womenCount(), row.menCount()))
                .collect(Collectors.toCollection(ArrayList::new));
        decisions = command.decisionTexts().stream().map(Decision::new).collect(Collectors.toCollection(ArrayList::new));
        updatedAt = now;
    }

    boolean invites(long institutionId) {
        return invitations.stream().anyMatch(invitation -> invitation.institutionId() == institutionId)
                || (committeeInstitutionId != null && committeeInstitutionId == institutionId);
    }

    int decisionCount() {
        return decisions.size();
    }

    AttendanceTable attendanceTable(Function<Long, String> names) {
        return new AttendanceTable(attendance.stream().map(row -> new AttendanceTable.Row(row.institutionId(),
                names.apply(row.institutionId()), row.role(), row.women(), row.men())).toList());
    }

    MeetingSummary summary(Function<Long, String> names, int openActions) {
        return new MeetingSummary(id, kind, title, heldOn, startsAt, place, committeeInstitutionId == null ? null
                : names.apply(committeeInstitutionId), attendanceTable(names).total(), decisions.size(), openActions);
    }

    MeetingView view(Function<Long, String> names, List<FileView> files) {
        var numbered = new ArrayList<MeetingView.DecisionView>();
        for (int i = 0; i < decisions.size(); i++) {
            numbered.add(new MeetingView.DecisionView(i + 1, decisions.get(i).wording()));
        }
        return new MeetingView(id, version, kind, title, heldOn, startsAt, endsAt, place,
                agenda == null ? List.of() : agenda.lines().toList(),
                invitations.stream().map(i -> new InstitutionRef(i.institutionId(), names.apply(i.institutionId())))
                        .sorted(java.util.Comparator.comparing(InstitutionRef::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                invitedPersons, committeeInstitutionId,
                committeeInstitutionId == null ? null : names.apply(committeeInstitutionId),
                attendanceTable(names), numbered, minutes, files, createdAt, updatedAt);
    }

    /** What the trail keeps: names rather than ids, attendance and decisions as readable lines. */
    Audited audited(Function<Long, String> names) {
        var table = attendanceTable(names);
        var decisionLines = new ArrayList<String>();
        for (int i = 0; i < decisions.size(); i++) {
            decisionLines.add((i + 1) + ". " + decisions.get(i).wording());
        }
        return Audited.of(AUDIT_TYPE, id, heldOn + " " + title, null, AuditRecord.state(
                "kind", kind.name(),
                "title", title,
                "heldOn", heldOn.toString(),
                "startsAt", startsAt.toString(),
                "endsAt", endsAt.toString(),
                "place", place,
                "agenda", agenda,
                "invited", invitations.stream().map(i -> names.apply(i.institutionId())).sorted()
                        .collect(Collectors.joining("; ")),
                "invitedPersons", invitedPersons,
                "committee", committeeInstitutionId == null ? null : names.apply(committeeInstitutionId),
                "attendance", table.rows().stream().map(row -> row.institution() + " · " + row.role() + ": "
                        + row.women() + " F, " + row.men() + " M").collect(Collectors.joining("\n")),
                "decisions", String.join("\n", decisionLines),
                "minutes", minutes));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String title() {
        return title;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    MeetingKind kind() {
        return kind;
    }

    String place() {
        return place;
    }

    String agenda() {
        return agenda;
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    Set<Long> invitedInstitutions() {
        return invitations.stream().map(Invitation::institutionId).collect(Collectors.toSet());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Table("meeting_invitation")
    record Invitation(long institutionId) {
    }

    @Table("meeting_attendance")
    record Attendance(long institutionId, String role, int women, int men) {
    }

    @Table("meeting_decision")
    record Decision(@Column("wording") String wording) {
    }
}

package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A meeting as its page, its form and its calendar file read it. */
public record MeetingView(long id, int version, MeetingKind kind, String title, LocalDate heldOn, LocalTime startsAt,
        LocalTime endsAt, String place, List<String> agenda, List<InstitutionRef> invited, String invitedPersons,
        Long committeeId, String committee, AttendanceTable attendance, List<DecisionView> decisions, String minutes,
        List<FileView> files, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public record DecisionView(int number, String text) {
    }

    public MeetingCommand toCommand() {
        var institutions = new ArrayList<Long>();
        var roles = new ArrayList<String>();
        var women = new ArrayList<String>();
        var men = new ArrayList<String>();
        for (var row : attendance.rows()) {
            institutions.add(row.institutionId());
            roles.add(row.role());
            women.add(Integer.toString(row.women()));
            men.add(Integer.toString(row.men()));
        }
        return new MeetingCommand(kind, title, heldOn, startsAt, endsAt, place, String.join("\n", agenda),
                invited.stream().map(InstitutionRef::id).toList(), invitedPersons, committeeId, institutions, roles,
                women, men, decisions.stream().map(DecisionView::text).toList(), minutes);
    }
}

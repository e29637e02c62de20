package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the office records of a meeting; the form binds to this. The agenda is one item a line. Attendance comes as
 * four lists of the same length, one entry a row of the form (institution, role, women, men): a row left empty is
 * no row. Decisions are numbered in the order given; an empty one is left out.
 */
public record MeetingCommand(
        @NotNull(message = "{validation.required}") MeetingKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String title,
        @NotNull(message = "{validation.required}") LocalDate heldOn,
        @NotNull(message = "{validation.required}") LocalTime startsAt,
        @NotNull(message = "{validation.required}") LocalTime endsAt,
        @Size(max = 300, message = "{validation.size.max}") String place,
        @Size(max = 4000, message = "{validation.size.max}") String agenda,
        List<Long> invited,
        @Size(max = 2000, message = "{validation.size.max}") String invitedPersons,
        Long committeeId,
        List<Long> attendanceInstitution,
        List<@Size(max = 200, message = "{validation.size.max}") String> attendanceRole,
        List<String> attendanceWomen,
        List<String> attendanceMen,
        List<@Size(max = 2000, message = "{validation.size.max}") String> decisions,
        @Size(max = 100_000, message = "{validation.size.max}") String minutes) {

    public MeetingCommand {
        invited = invited == null ? List.of() : invited.stream().filter(java.util.Objects::nonNull).distinct().toList();
        attendanceInstitution = copy(attendanceInstitution);
        attendanceRole = copy(attendanceRole);
        attendanceWomen = copy(attendanceWomen);
        attendanceMen = copy(attendanceMen);
        decisions = copy(decisions);
    }

    public static MeetingCommand empty(MeetingKind kind) {
        return new MeetingCommand(kind, "", null, LocalTime.of(10, 0), LocalTime.of(12, 0), "", "", List.of(), "", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), "");
    }

    /** The attendance rows typed, in order: rows with nothing in them are left out, half-filled ones kept. */
    public List<AttendanceRow> attendanceRows() {
        int rows = Math.max(Math.max(attendanceInstitution.size(), attendanceRole.size()),
                Math.max(attendanceWomen.size(), attendanceMen.size()));
        var typed = new ArrayList<AttendanceRow>();
        for (int i = 0; i < rows; i++) {
            var row = new AttendanceRow(i + 1, at(attendanceInstitution, i), blankToNull(at(attendanceRole, i)),
                    at(attendanceWomen, i), at(attendanceMen, i));
            if (!row.isEmpty()) {
                typed.add(row);
            }
        }
        return typed;
    }

    /** The decisions typed, without the empty ones, stripped. */
    public List<String> decisionTexts() {
        return decisions.stream().filter(text -> text != null && !text.isBlank()).map(String::strip).toList();
    }

    /** The agenda's items, one a line, without empty lines. */
    public List<String> agendaItems() {
        return agenda == null ? List.of() : agenda.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** One row of the attendance form as typed; {@code line} counts from 1, as the form shows it. */
    public record AttendanceRow(int line, Long institutionId, String role, String women, String men) {

        boolean isEmpty() {
            return institutionId == null && role == null && count(women) == 0 && count(men) == 0;
        }

        /** Whether both counts are whole numbers, zero or more (empty is zero). */
        boolean countsReadable() {
            return count(women) >= 0 && count(men) >= 0;
        }

        int womenCount() {
            return count(women);
        }

        int menCount() {
            return count(men);
        }

        /** The count typed: empty is 0, anything but a whole number of zero or more is -1. */
        static int count(String typed) {
            if (typed == null || typed.isBlank()) {
                return 0;
            }
            try {
                int value = Integer.parseInt(typed.strip());
                return value < 0 ? -1 : value;
            } catch (NumberFormatException unreadable) {
                return -1;
            }
        }
    }

    /** A copy of the command with {@code extra} empty attendance and decision rows to fill in (the form's spare rows). */
    public MeetingCommand withSpareRows(int extra) {
        var institutions = new ArrayList<Long>();
        var roles = new ArrayList<String>();
        var women = new ArrayList<String>();
        var men = new ArrayList<String>();
        for (var row : attendanceRows()) {
            institutions.add(row.institutionId());
            roles.add(row.role());
            women.add(row.women());
            men.add(row.men());
        }
        var texts = new ArrayList<>(decisionTexts());
        for (int i = 0; i < extra; i++) {
            institutions.add(null);
            roles.add(null);
            women.add(null);
            men.add(null);
            texts.add("");
        }
        return new MeetingCommand(kind, title, heldOn, startsAt, endsAt, place, agenda, invited, invitedPersons,
                committeeId, institutions, roles, women, men, texts, minutes);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    private static <T> T at(List<T> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

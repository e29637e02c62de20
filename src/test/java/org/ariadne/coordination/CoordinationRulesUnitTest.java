package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of meetings, follow-up actions, monthly reports and agreements, one test each. */
class CoordinationRulesUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);

    @Test
    void anActionNotDoneIsOverdueTheDayAfterItsDueDateNotOnIt() {
        assertThat(FollowUpAction.overdue(ActionStatus.OPEN, TODAY, TODAY)).isFalse();
        assertThat(FollowUpAction.overdue(ActionStatus.OPEN, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(FollowUpAction.overdue(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(FollowUpAction.overdue(ActionStatus.DONE, TODAY.minusYears(1), TODAY)).isFalse();
    }

    @Test
    void anActionIsDueSoonFromTodayToTheLastDayOfTheWindowAndNeverOnceDone() {
        assertThat(FollowUpAction.dueSoon(ActionStatus.OPEN, TODAY, TODAY, 7)).isTrue();
        assertThat(FollowUpAction.dueSoon(ActionStatus.OPEN, TODAY.plusDays(7), TODAY, 7)).isTrue();
        assertThat(FollowUpAction.dueSoon(ActionStatus.OPEN, TODAY.plusDays(8), TODAY, 7)).isFalse();
        assertThat(FollowUpAction.dueSoon(ActionStatus.OPEN, TODAY.minusDays(1), TODAY, 7)).as("overdue, not due soon")
                .isFalse();
        assertThat(FollowUpAction.dueSoon(ActionStatus.DONE, TODAY.plusDays(1), TODAY, 7)).isFalse();
    }

    @Test
    void closingAnActionNeedsANoteAndKeepsTheDayItWasClosedUntilItIsReopened() {
        var action = FollowUpAction.create(1L, new FollowUpCommand("Draft the SOP", null, 5L, TODAY, null,
                ActionStatus.OPEN, null), TODAY.minusDays(3), NOW);

        assertThatThrownBy(() -> action.update(new ActionUpdateCommand(ActionStatus.DONE, "  "), TODAY, NOW))
                .isInstanceOfSatisfying(CoordinationException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("coordination.refused.closing-note");
                    assertThat(refused.field()).isEqualTo("closingNote");
                });
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);

        action.update(new ActionUpdateCommand(ActionStatus.DONE, "SOP adopted by the ministry"), TODAY, NOW);
        assertThat(action.closedOn()).isEqualTo(TODAY);
        action.update(new ActionUpdateCommand(ActionStatus.DONE, "SOP adopted and published"), TODAY.plusDays(2), NOW);
        assertThat(action.closedOn()).as("still closed on the first day").isEqualTo(TODAY);
        action.update(new ActionUpdateCommand(ActionStatus.IN_PROGRESS, null), TODAY.plusDays(3), NOW);
        assertThat(action.closedOn()).isNull();
    }

    @Test
    void attendanceCountsAddUpByRowByColumnAndInAll() {
        var table = new AttendanceTable(List.of(new AttendanceTable.Row(1, "Police", "Director", 1, 2),
                new AttendanceTable.Row(2, "Ministry", "Deputy minister", 3, 0),
                new AttendanceTable.Row(1, "Police", "Investigator", 4, 5)));

        assertThat(table.rows()).extracting(AttendanceTable.Row::total).containsExactly(3, 3, 9);
        assertThat(table.women()).isEqualTo(8);
        assertThat(table.men()).isEqualTo(7);
        assertThat(table.total()).isEqualTo(15);
        assertThat(table.institutions()).isEqualTo(2);
    }

    @Test
    void theAttendanceFormKeepsFilledRowsSkipsEmptyOnesAndReadsEmptyCountsAsZero() {
        var command = new MeetingCommand(MeetingKind.NATIONAL_AUTHORITY, "Session", TODAY, LocalTime.of(10, 0),
                LocalTime.of(12, 0), null, "Opening\n\n  Adoption of the plan  \n", List.of(), null, null,
                java.util.Arrays.asList(7L, null, null, 9L), java.util.Arrays.asList("Director", "", null, "Judge"),
                java.util.Arrays.asList("2", "", "", "x"), java.util.Arrays.asList("", "", "0", "-1"),
                List.of("Adopt the plan", " ", "Meet again in June"), null);

        var rows = command.attendanceRows();
        assertThat(rows).extracting(MeetingCommand.AttendanceRow::line).containsExactly(1, 4);
        assertThat(rows.get(0).womenCount()).isEqualTo(2);
        assertThat(rows.get(0).menCount()).isZero();
        assertThat(rows.get(1).countsReadable()).isFalse();
        assertThat(command.decisionTexts()).containsExactly("Adopt the plan", "Meet again in June");
        assertThat(command.agendaItems()).containsExactly("Opening", "Adoption of the plan");
    }

    @Test
    void aMeetingNumbersItsDecisionsInOrderAndTotalsItsAttendance() {
        var meeting = Meeting.create(new MeetingCommand(MeetingKind.WORKING_GROUP, "Working group", TODAY,
                LocalTime.of(10, 0), LocalTime.of(11, 0), "Prishtina", null, List.of(3L), null, null,
                List.of(3L, 4L), List.of("Chair", "Member"), List.of("1", "2"), List.of("3", "4"),
                List.of("First", "Second"), null), 1L, NOW);
        saved(meeting);

        var view = meeting.view(id -> "Institution " + id, List.of());
        assertThat(view.decisions()).extracting(MeetingView.DecisionView::number).containsExactly(1, 2);
        assertThat(view.attendance().total()).isEqualTo(10);
        assertThat(meeting.invites(3L)).isTrue();
        assertThat(meeting.invites(4L)).as("attended, not invited").isFalse();
    }

    @Test
    void aCommitteesMissingMonthsRunFromItsFirstReportToTheLastEndedMonth() {
        var months = CommitteeMonths.of(1, "Prizren", List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                YearMonth.of(2026, 2), YearMonth.of(2026, 5)), YearMonth.of(2026, 7));

        assertThat(months.reported()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                YearMonth.of(2026, 3), YearMonth.of(2026, 5));
        assertThat(months.missing()).as("June has ended, July has not")
                .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 6));
    }

    @Test
    void anAgreementInForcePastItsExpiryReadsAsExpiredAndIsDueForRenewalWithinTheWindowOnly() {
        assertThat(Agreement.effectiveStatus(AgreementStatus.IN_FORCE, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.EXPIRED);
        assertThat(Agreement.effectiveStatus(AgreementStatus.IN_FORCE, TODAY, TODAY)).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(Agreement.effectiveStatus(AgreementStatus.TERMINATED, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.TERMINATED);
        assertThat(Agreement.effectiveStatus(AgreementStatus.IN_FORCE, null, TODAY)).isEqualTo(AgreementStatus.IN_FORCE);

        assertThat(Agreement.expiringWithin(AgreementStatus.IN_FORCE, TODAY.plusDays(60), TODAY, 60)).isTrue();
        assertThat(Agreement.expiringWithin(AgreementStatus.IN_FORCE, TODAY.plusDays(61), TODAY, 60)).isFalse();
        assertThat(Agreement.expiringWithin(AgreementStatus.IN_FORCE, TODAY.minusDays(1), TODAY, 60))
                .as("already expired").isFalse();
        assertThat(Agreement.expiringWithin(AgreementStatus.DRAFT, TODAY.plusDays(10), TODAY, 60)).isFalse();
        assertThat(Agreement.expiringWithin(AgreementStatus.IN_FORCE, null, TODAY, 60)).isFalse();
    }

    @Test
    void anAgreementKeepsOneImplementationNotePerYearAndAnEmptyNoteRemovesIt() {
        var agreement = Agreement.create(new AgreementCommand(AgreementKind.MOU, "MoU", TODAY, null, null,
                AgreementStatus.IN_FORCE, java.util.Arrays.asList(1L, null), java.util.Arrays.asList(null, "IOM"),
                java.util.Arrays.asList("Refers", "Funds"), List.of()), 1L, NOW);
        saved(agreement);
        agreement.note(2025, "Ten referrals", NOW);
        agreement.note(2026, "Five", NOW);
        agreement.note(2025, "Twelve referrals", NOW);
        agreement.note(2026, " ", NOW);

        var view = agreement.view(id -> "Police", java.util.Map.of(), List.of());
        assertThat(view.notes()).containsExactly(new AgreementView.YearNote(2025, "Twelve referrals"));
        assertThat(view.parties()).extracting(AgreementView.Party::name).containsExactly("Police", "IOM");
        assertThat(view.parties().get(1).outside()).isTrue();
    }

    /** As the repository leaves an entity once saved: with an id and a version. */
    private static void saved(Object entity) {
        org.springframework.test.util.ReflectionTestUtils.setField(entity, "id", 1L);
        org.springframework.test.util.ReflectionTestUtils.setField(entity, "version", 0);
    }
}

package org.ariadne.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.UserFacingException;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.reportingcycle.PeriodView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workflow a report guards itself: draft → submitted → returned → submitted → accepted → reopened → submitted.
 * Every step from every status, the legal ones with the event they register, the others refused.
 */
class ProgressReportUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 4, 20, 10, 0);
    private static final LocalDate PERIOD_END = LocalDate.of(2024, 3, 31);
    /** 2024-Q1, due on 15 April: a report first submitted {@link #NOW} is late. */
    private static final PeriodView PERIOD = new PeriodView(2, 1, LocalDate.of(2024, 1, 1), PERIOD_END,
            LocalDate.of(2024, 4, 15), "2024-Q1");

    /** A saved report (it has an id) brought to {@code status} through the legal steps. */
    private static ProgressReport reportIn(ReportStatus status) {
        var report = ProgressReport.draft(1, 2, 3, NOW);
        ReflectionTestUtils.setField(report, "id", 10L);
        switch (status) {
            case DRAFT -> {
            }
            case SUBMITTED -> report.submit(0, PERIOD, "focal", NOW);
            case RETURNED -> {
                report.submit(0, PERIOD, "focal", NOW);
                report.returnForChanges("Add numbers", "officer", NOW);
            }
            case ACCEPTED -> {
                report.submit(0, PERIOD, "focal", NOW);
                report.accept(List.of(), PERIOD_END, "officer", NOW);
            }
            case REOPENED -> {
                report.submit(0, PERIOD, "focal", NOW);
                report.accept(List.of(), PERIOD_END, "officer", NOW);
                report.reopen("Wrong number", "officer", NOW);
            }
        }
        report.clearEvents();
        return report;
    }

    private static String refusal(Runnable step) {
        try {
            step.run();
        } catch (UserFacingException refused) {
            return refused.messageKey();
        }
        return null;
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = {"DRAFT", "RETURNED", "REOPENED"})
    void anEditableReportIsSubmittedAndSaysWhetherItIsLate(ReportStatus status) {
        var report = reportIn(status);

        report.submit(0, PERIOD, "focal", NOW);

        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.header().submittedBy()).isEqualTo("focal");
        assertThat(report.events()).containsExactly(new ProgressReportSubmitted(10, 1, 2, 3, true, NOW, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = {"SUBMITTED", "ACCEPTED"})
    void aSubmittedOrAcceptedReportCannotBeSubmittedOrChanged(ReportStatus status) {
        var report = reportIn(status);

        assertThat(refusal(() -> report.submit(0, PERIOD, "focal", NOW))).isEqualTo("reporting.error.cannot-submit");
        assertThat(refusal(report::checkEditable)).isEqualTo("reporting.error.not-editable");
        assertThat(refusal(() -> report.change(ReportActivity.blank(10, 5), command(), "focal", NOW)))
                .isEqualTo("reporting.error.not-editable");
        assertThat(report.status()).isEqualTo(status);
        assertThat(report.events()).isEmpty();
    }

    @Test
    void aReportWithActivitiesWithoutStatusIsNotSubmitted() {
        var report = reportIn(ReportStatus.DRAFT);

        assertThat(refusal(() -> report.submit(2, PERIOD, "focal", NOW))).isEqualTo("reporting.error.incomplete");
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.events()).isEmpty();
    }

    @Test
    void theFirstSubmissionIsKeptWhenTheReportIsSubmittedAgain() {
        var report = reportIn(ReportStatus.RETURNED);
        var first = report.header().firstSubmittedAt();

        report.submit(0, PERIOD, "focal", NOW.plusDays(3));

        assertThat(report.header().firstSubmittedAt()).isEqualTo(first);
        assertThat(report.header().submittedAt()).isEqualTo(NOW.plusDays(3));
    }

    @Test
    void aReportFirstSubmittedOnTimeStaysOnTimeWhenItIsSentAgainAfterTheDeadline() {
        var onTime = LocalDateTime.of(2024, 4, 15, 17, 0); // the deadline day itself
        var report = ProgressReport.draft(1, 2, 3, onTime);
        ReflectionTestUtils.setField(report, "id", 10L);
        report.submit(0, PERIOD, "focal", onTime);
        assertThat(report.events()).containsExactly(new ProgressReportSubmitted(10, 1, 2, 3, false, onTime, onTime));
        assertThat(((ProgressReportSubmitted) report.events().iterator().next()).resubmitted()).isFalse();
        report.returnForChanges("Add numbers", "officer", NOW);
        report.clearEvents();

        report.submit(0, PERIOD, "focal", NOW.plusDays(3));

        var again = (ProgressReportSubmitted) report.events().iterator().next();
        assertThat(again.late()).as("judged by its first submission, as completeness judges it").isFalse();
        assertThat(again.resubmitted()).isTrue();
        assertThat(again.submittedAt()).isEqualTo(NOW.plusDays(3));
    }

    @Test
    void aSubmittedReportIsReturnedOnlyWithAComment() {
        var report = reportIn(ReportStatus.SUBMITTED);

        assertThat(refusal(() -> report.returnForChanges("  ", "officer", NOW))).isEqualTo("reporting.error.comment-required");
        assertThat(refusal(() -> report.returnForChanges(null, "officer", NOW))).isEqualTo("reporting.error.comment-required");
        report.returnForChanges(" Add the number of officers ", "officer", NOW);

        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.header().returnComment()).isEqualTo("Add the number of officers");
        assertThat(report.header().timesReturned()).isEqualTo(1);
        assertThat(report.events()).containsExactly(new ProgressReportReturned(10, 1, 2, 3, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyASubmittedReportIsReturnedOrAccepted(ReportStatus status) {
        var report = reportIn(status);

        assertThat(refusal(() -> report.returnForChanges("Add numbers", "officer", NOW)))
                .isEqualTo("reporting.error.cannot-return");
        assertThat(refusal(() -> report.accept(List.of(), PERIOD_END, "officer", NOW)))
                .isEqualTo("reporting.error.cannot-accept");
        assertThat(report.status()).isEqualTo(status);
        assertThat(report.events()).isEmpty();
    }

    @Test
    void anAcceptedReportGivesTheStatusesOfItsActivitiesToThePlan() {
        var report = reportIn(ReportStatus.SUBMITTED);
        var started = ReportActivity.blank(10, 5);
        started.apply(command(), "focal", NOW);
        var unanswered = ReportActivity.blank(10, 6);

        report.accept(List.of(started, unanswered), PERIOD_END, "officer", NOW);

        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.events()).containsExactly(new ProgressReportAccepted(10, 1, 2, 3, PERIOD_END,
                Map.of(5L, ActivityStatus.STARTED)));
    }

    @Test
    void anAcceptedReportIsReopenedOnlyWithAReason() {
        var report = reportIn(ReportStatus.ACCEPTED);

        assertThat(refusal(() -> report.reopen("", "officer", NOW))).isEqualTo("reporting.error.reason-required");
        report.reopen("The number was wrong", "officer", NOW);

        assertThat(report.status()).isEqualTo(ReportStatus.REOPENED);
        assertThat(report.header().reopenReason()).isEqualTo("The number was wrong");
        assertThat(report.events()).containsExactly(new ProgressReportReopened(10, 1, 2, 3, "The number was wrong"));
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAcceptedReportIsReopened(ReportStatus status) {
        var report = reportIn(status);

        assertThat(refusal(() -> report.reopen("Wrong number", "officer", NOW))).isEqualTo("reporting.error.cannot-reopen");
        assertThat(report.status()).isEqualTo(status);
    }

    @Test
    void eventsArePublishedOnce() {
        var report = reportIn(ReportStatus.DRAFT);
        report.submit(0, PERIOD, "focal", NOW);

        report.clearEvents();

        assertThat(report.events()).isEmpty();
    }

    @Test
    void aReportChangesOnlyItsOwnParts() {
        var report = reportIn(ReportStatus.DRAFT);
        var foreign = ReportActivity.blank(99, 5);

        assertThatThrownBy(() -> report.change(foreign, command(), "focal", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> report.entry(5, Optional.of(foreign))).isInstanceOf(IllegalArgumentException.class);
        var own = report.entry(5, Optional.empty());
        report.change(own, command(), "focal", NOW);
        assertThat(own.reportId()).isEqualTo(10);
        assertThat(own.status()).isEqualTo(ActivityStatus.STARTED);
    }

    @Test
    void commentsOnActivitiesAreGivenOnlyWhenTheReportIsReturned() {
        var submitted = reportIn(ReportStatus.SUBMITTED);
        assertThat(refusal(() -> submitted.comment(ReportActivity.blank(10, 5), "More detail")))
                .isEqualTo("reporting.error.cannot-return");

        var returned = reportIn(ReportStatus.RETURNED);
        var entry = ReportActivity.blank(10, 5);
        assertThat(returned.comment(entry, " More detail ")).isTrue();
        assertThat(returned.comment(entry, "More detail")).as("the same comment again changes nothing").isFalse();
        assertThat(entry.reviewerComment()).isEqualTo("More detail");
    }

    private static ActivityEntryCommand command() {
        return new ActivityEntryCommand(ActivityStatus.STARTED, "Forty officers trained", null, List.of());
    }
}

package org.ariadne.reporting;

import java.util.List;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ReportedProgress;
import org.ariadne.reportingcycle.Notices;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a step of the workflow, once it is committed: an accepted report's statuses go to the plan; a
 * returned report is a notice to its institution; a submitted one a notice to the coordinator's office (a report
 * sent again after corrections says so, and only the first submission says whether it was late). Each notice carries
 * the time of the step and is written once per step, however often the event is handled again. The events are kept
 * in the database until these have run.
 */
@Component
class ReportingListeners {

    private final ReportedProgress progress;
    private final Notices notices;
    private final ReportingPeriods periods;
    private final Institutions institutions;

    ReportingListeners(ReportedProgress progress, Notices notices, ReportingPeriods periods,
            Institutions institutions) {
        this.progress = progress;
        this.notices = notices;
        this.periods = periods;
        this.institutions = institutions;
    }

    @ApplicationModuleListener
    void on(ProgressReportAccepted accepted) {
        progress.record(accepted.statuses(), accepted.periodEnd());
    }

    @ApplicationModuleListener
    void on(ProgressReportReturned returned) {
        var period = periods.period(returned.periodId());
        notices.toInstitution(returned.institutionId(), "reporting.notice.returned", List.of(period.label()),
                link(returned.periodId(), returned.institutionId()),
                step("report-returned", returned.reportId(), returned.returnedAt()), returned.returnedAt());
    }

    @ApplicationModuleListener
    void on(ProgressReportSubmitted submitted) {
        var period = periods.period(submitted.periodId());
        var name = org.ariadne.security.SystemTasks.call("notices",
                () -> institutions.directory().nameOf(submitted.institutionId()));
        var key = submitted.resubmitted() ? "reporting.notice.resubmitted"
                : submitted.late() ? "reporting.notice.submitted-late" : "reporting.notice.submitted";
        // the office of the institution's participant (issue 19), not every participant's
        var participant = institutions.participantOf(submitted.institutionId())
                .orElse(org.ariadne.common.participant.ParticipantScope.HOME);
        notices.toOffice(participant, key, List.of(name, period.label()), link(submitted.periodId(), submitted.institutionId()),
                step("report-submitted", submitted.reportId(), submitted.submittedAt()), submitted.submittedAt());
    }

    static String link(long periodId, long institutionId) {
        return "/reporting/" + periodId + "/institutions/" + institutionId;
    }

    /**
     * The key of one step of one report: the same event handled twice writes one notice. The time is cut to the
     * millisecond, as the report's row keeps it whatever the database. An event stored before it carried its time has
     * no key, as before.
     */
    static String step(String kind, long reportId, java.time.LocalDateTime at) {
        return at == null ? null
                : kind + ":" + reportId + ":" + at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}

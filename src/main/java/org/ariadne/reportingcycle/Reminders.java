package org.ariadne.reportingcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.security.SystemTasks;
import org.springframework.stereotype.Component;

/**
 * Reminds institutions of their reports: a few days before the deadline and the day after it, if nothing has been
 * submitted. Each reminder is an in-app notice and, when an SMTP server is configured and mail is switched on, an
 * e-mail to the institution's focal points. Each is sent once.
 */
@Component
class Reminders {

    private final Schedules schedules;
    private final Periods periods;
    private final ReportStatuses reports;
    private final Plans plans;
    private final Institutions institutions;
    private final InstitutionReminders reminders;
    private final Clock clock;

    Reminders(Schedules schedules, Periods periods, ReportStatuses reports, Plans plans, Institutions institutions,
            InstitutionReminders reminders, Clock clock) {
        this.schedules = schedules;
        this.periods = periods;
        this.reports = reports;
        this.plans = plans;
        this.institutions = institutions;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Run by the schedule on one node of several ({@link ScheduledJobs}), and by tests directly. */
    void remind() {
        SystemTasks.run("reminders", this::sendDue);
    }

    void sendDue() {
        var today = LocalDate.now(clock);
        var directory = institutions.directory();
        for (var schedule : schedules.findActive()) {
            PlanTree tree = null;
            for (var period : periods.findByPlanIdOrderByStartsOn(schedule.planId())) {
                boolean before = !today.isBefore(period.deadline().minusDays(schedule.remindDaysBefore()))
                        && !today.isAfter(period.deadline());
                boolean after = today.isAfter(period.deadline())
                        && !today.isAfter(period.deadline().plusDays(30));
                if (!before && !after) {
                    continue;
                }
                // only plans with a deadline near today are read: most days that is none of them
                tree = tree != null ? tree : plans.tree(schedule.planId());
                for (var institution : directory.all()) {
                    if (!institution.reportsProgress() || !institution.active()
                            || !reports.expects(tree, institution.id(), period.view())) {
                        continue;
                    }
                    // a report that came in, even one since returned for corrections, met the deadline: the
                    // reminder would tell its institution that it "has not been submitted"
                    var report = reports.of(period.id(), institution.id());
                    if (report.isPresent() && report.get().firstSubmittedAt() != null) {
                        continue;
                    }
                    var kind = before ? "due" : "overdue";
                    var key = "reminder-" + kind + ":" + period.id() + ":" + institution.id();
                    var link = "/reporting/" + period.id() + "/institutions/" + institution.id();
                    var arguments = List.of(period.label(), period.deadline().toString());
                    reminders.remind(institution.id(), "reporting.notice." + kind, arguments, link, key);
                }
            }
        }
    }
}

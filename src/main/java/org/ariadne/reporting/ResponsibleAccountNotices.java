package org.ariadne.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.Notices;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.ariadne.security.SystemTasks;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A submitted report tells each office account responsible for activities it covers (the activities it gives a
 * status for) which of theirs it covers: one notice per report, account and submission, in the reader's language
 * (the notice keeps a message key and its arguments), carrying the time it was sent. A report sent again after
 * corrections says so. An account responsible for none of the report's activities hears nothing.
 */
@Component
class ResponsibleAccountNotices {

    /** Codes named in a notice; the report and the worklist show the rest. */
    static final int CODES_NAMED = 10;

    private final ActivityEntries entries;
    private final Plans plans;
    private final Notices notices;
    private final ReportingPeriods periods;
    private final Institutions institutions;

    ResponsibleAccountNotices(ActivityEntries entries, Plans plans, Notices notices, ReportingPeriods periods,
            Institutions institutions) {
        this.entries = entries;
        this.plans = plans;
        this.notices = notices;
        this.periods = periods;
        this.institutions = institutions;
    }

    @ApplicationModuleListener
    void on(ProgressReportSubmitted submitted) {
        var covered = new HashSet<>(entries.findActivityIdsWithStatus(submitted.reportId()));
        if (covered.isEmpty()) {
            return;
        }
        var byAccount = SystemTasks.call("notices", () -> responsibleFor(submitted.planId(), covered));
        if (byAccount.isEmpty()) {
            return;
        }
        var period = periods.period(submitted.periodId());
        var name = SystemTasks.call("notices", () -> institutions.directory().nameOf(submitted.institutionId()));
        var key = submitted.resubmitted() ? "reporting.notice.responsible-again" : "reporting.notice.responsible";
        var link = ReportingListeners.link(submitted.periodId(), submitted.institutionId());
        byAccount.forEach((username, codes) -> notices.toAccount(username, key,
                List.of(name, period.label(), String.valueOf(codes.size()), named(codes)), link,
                dedupKey(submitted, username), submitted.submittedAt()));
    }

    /** The covered activities' codes by the account responsible for them, in the plan's order. */
    private Map<String, List<String>> responsibleFor(long planId, java.util.Set<Long> covered) {
        var byAccount = new TreeMap<String, List<String>>();
        plans.tree(planId).activities()
                .filter(activity -> activity.responsibleUsername() != null && covered.contains(activity.id()))
                .forEach(activity -> byAccount.computeIfAbsent(activity.responsibleUsername(),
                        account -> new ArrayList<>()).add(activity.code()));
        return byAccount;
    }

    private static String named(List<String> codes) {
        return codes.size() <= CODES_NAMED ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, CODES_NAMED)) + ", …";
    }

    /** One notice per report, account and submission, however often the event is handled. */
    private static String dedupKey(ProgressReportSubmitted submitted, String username) {
        var step = ReportingListeners.step("report-responsible", submitted.reportId(), submitted.submittedAt());
        return step == null ? null : step + ":" + username;
    }
}

package org.ariadne.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.ReportingDemo;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.springframework.stereotype.Component;

/**
 * Two years (2016 and 2017) of quarterly reports from the demo institutions, filled and reviewed through the same
 * services people use, then put back in time: most accepted on time, some late, some returned, a few missing and
 * one waiting for review, so that every reporting screen shows something real. The last period's reports of the
 * institutions whose focal points have a documented demo account ({@code focal.police}, {@code focal.shelter}) are
 * left open as drafts, with one activity's status still to give, so that a newcomer has a report to finish. Each
 * institution's reports are written by its own demo focal point account ({@code focal.<short name>}), so that the
 * audit trail names people who exist.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoReports {

    private static final List<Integer> YEARS = List.of(2016, 2017);

    private final ReportingSchedules schedules;
    private final ProgressReports reports;
    private final ReportingDemo history;
    private final Plans plans;
    private final Institutions institutions;
    private final UserAccounts accounts;
    /** The demo focal point account of each institution that reports, by institution. */
    private final Map<Long, String> focalPoints = new HashMap<>();

    DemoReports(ReportingSchedules schedules, ProgressReports reports, ReportingDemo history, Plans plans,
            Institutions institutions, UserAccounts accounts) {
        this.accounts = accounts;
        this.schedules = schedules;
        this.reports = reports;
        this.history = history;
        this.plans = plans;
        this.institutions = institutions;
    }

    /**
     * Returns how many reports were written (submitted at least once). {@code documented} names the institutions
     * whose focal point accounts the sign-in page lists; their reports of the last period stay open as drafts.
     */
    int load(long planId, Map<Long, String> documented) {
        SystemTasks.run("demo-loader", () -> schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY,
                DeadlineRule.Kind.DAYS_AFTER, 15, 5)));
        var tree = SystemTasks.call("demo-loader", () -> plans.tree(planId));
        var periods = SystemTasks.call("demo-loader", () -> schedules.periods(planId)).stream()
                .filter(period -> YEARS.contains(period.startsOn().getYear())).toList();
        var leads = tree.activities().map(ActivityView::leadInstitutionId).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        focalPoints.putAll(documented);
        SystemTasks.run("demo-loader", () -> leads.stream().filter(id -> !documented.containsKey(id))
                .forEach(id -> focalPoints.put(id, focalAccount(id))));
        int written = 0;
        for (int p = 0; p < periods.size(); p++) {
            var period = periods.get(p);
            boolean last = p == periods.size() - 1;
            for (var institution : leads) {
                if (last && documented.containsKey(institution)) {
                    leaveOpen(period, institution);
                    continue;
                }
                int roll = Math.floorMod((period.label() + "#" + institution).hashCode(), 20);
                if (roll == 0 || (last && roll == 7)) {
                    continue; // missing: never submitted
                }
                var submitted = submittedOn(period, roll);
                if (fill(period, institution, roll, submitted)) {
                    review(period, institution, roll, last, submitted);
                    written++;
                }
            }
        }
        return written;
    }

    /** The day the demo institution sent its report: most a few days before the deadline, three in ten after it. */
    private static LocalDateTime submittedOn(PeriodView period, int roll) {
        var deadline = period.deadline();
        var day = (roll == 4 || roll == 5 || roll == 9) ? deadline.plusDays(3 + roll) : deadline.minusDays(1 + roll % 9);
        return day.atTime(10, 30);
    }

    private boolean fill(PeriodView period, long institution, int roll, LocalDateTime submitted) {
        return focalPoint(institution, () -> {
            var sheet = reports.sheet(period.id(), institution);
            if (sheet.activities().isEmpty()) {
                return false;
            }
            for (var activity : sheet.activities()) {
                var status = statusIn(activity.activity(), period, roll);
                var spending = roll % 3 == 0 ? List.<SpendingCommand>of()
                        : List.of(new SpendingCommand(FundingSourceKind.STATE_BUDGET, null,
                                BigDecimal.valueOf(500L * (1 + Math.floorMod(activity.activity().code().hashCode(), 12)))));
                reports.saveActivity(period.id(), institution, activity.activity().id(), activity.entry().version(),
                        new ActivityEntryCommand(status, narrative(activity.activity(), status, period),
                                roll % 4 == 0 ? "Staff were assigned to other duties for part of the quarter (demo)." : null,
                                spending));
            }
            sheet.indicators().forEach(indicator -> fillValues(period, institution, indicator, roll));
            // sent on the day the demo says, through the workflow: on time or late, and its notices, as on that day
            history.submit(period.id(), institution, submitted);
            return true;
        });
    }

    /**
     * A report left open for the demo focal point to finish: every activity filled but the last, whose status is
     * not given yet, and no value entered; not submitted.
     */
    private void leaveOpen(PeriodView period, long institution) {
        focalPoint(institution, () -> {
            var activities = reports.sheet(period.id(), institution).activities();
            for (var activity : activities.subList(0, Math.max(0, activities.size() - 1))) {
                var status = statusIn(activity.activity(), period, 1);
                reports.saveActivity(period.id(), institution, activity.activity().id(), activity.entry().version(),
                        new ActivityEntryCommand(status, narrative(activity.activity(), status, period), null, List.of()));
            }
            return null;
        });
    }

    /** Creates (once) the demo focal point account of an institution that has none listed on the sign-in page. */
    private String focalAccount(long institution) {
        var view = institutions.directory().byId(institution).orElseThrow();
        var label = view.shortName() != null && !view.shortName().isBlank() ? view.shortName() : view.name();
        var username = "focal." + java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (!accounts.exists(username)) {
            accounts.createAtStartUp(new UserCommand(username, "Focal point of " + label + " (demo)",
                    username + "@demo.invalid", institution, EnumSet.of(Role.FOCAL_POINT), null, true, DemoData.PASSWORD));
        }
        return username;
    }

    private void fillValues(PeriodView period, long institution, ReportSheet.SheetIndicator indicator, int roll) {
        for (var slot : indicator.values()) {
            var type = indicator.indicator().type();
            int seed = Math.floorMod((indicator.indicator().id() + "@" + slot.startsOn()).hashCode(), 1000);
            BigDecimal total = switch (type) {
                case NUMBER -> BigDecimal.valueOf(1 + seed % 25);
                case PERCENTAGE -> BigDecimal.valueOf(25 + seed % 55);
                case YES_NO -> slot.startsOn().getYear() >= 2017 || seed % 2 == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
                case SCALE -> indicator.indicator().scaleMax() != null ? indicator.indicator().scaleMax() : BigDecimal.valueOf(3);
            };
            var parts = new HashMap<String, BigDecimal>();
            if (type == IndicatorType.NUMBER && !indicator.breakdown().isEmpty()) {
                var cells = indicator.breakdown().groups().get(0).parts();
                int left = total.intValue();
                for (int i = 0; i < cells.size(); i++) {
                    int share = i == cells.size() - 1 ? left : left * (1 + (seed + i) % 3) / (cells.size() + 1);
                    parts.put(cells.get(i).key(), BigDecimal.valueOf(share));
                    left -= share;
                }
                total = null;
            }
            if (roll % 5 == 4 && slot.startsOn().getMonthValue() % 3 == 2) {
                continue; // an institution that left a month empty
            }
            reports.saveValue(period.id(), institution, indicator.indicator().id(), slot.startsOn(), slot.version(),
                    new ValueCommand(total, null, null, parts, null));
        }
    }

    /**
     * The office's answer, each step on its day: accepted six days after it came in; or returned after two days (the
     * focal point adds what was missing and sends it again two days later, and it is accepted six days after it first
     * came in); or, in the last period, returned or still waiting.
     */
    private void review(PeriodView period, long institution, int roll, boolean last, LocalDateTime submitted) {
        var decided = submitted.toLocalDate().plusDays(6).atTime(15, 0);
        if (last && roll == 2) {
            backdate(period, institution, submitted);
            return; // waiting for review
        }
        if (roll == 1 && last) {
            officer(() -> {
                history.returnForChanges(period.id(), institution,
                        "Please add the number of participants and attach the list of participants (demo).", decided);
                return null;
            });
        } else if (roll == 3) {
            officer(() -> {
                history.returnForChanges(period.id(), institution,
                        "The narrative does not say what was done in this quarter (demo).",
                        submitted.toLocalDate().plusDays(2).atTime(15, 0));
                return null;
            });
            focalPoint(institution, () -> {
                var sheet = reports.sheet(period.id(), institution);
                var first = sheet.activities().get(0);
                reports.saveActivity(period.id(), institution, first.activity().id(), first.entry().version(),
                        new ActivityEntryCommand(first.entry().status(), first.entry().narrative()
                                + " In this quarter two sessions were held with 45 participants (demo).", null,
                                first.entry().spending()));
                history.submit(period.id(), institution, submitted.plusDays(4));
                return null;
            });
            officer(() -> {
                history.accept(period.id(), institution, decided);
                return null;
            });
        } else {
            officer(() -> {
                history.accept(period.id(), institution, decided);
                return null;
            });
        }
        backdate(period, institution, submitted);
    }

    /** The draft was written today; it is put back to the morning it was sent. */
    private void backdate(PeriodView period, long institution, LocalDateTime submitted) {
        SystemTasks.run("demo-loader", () -> history.backdate(period.id(), institution,
                submitted.toLocalDate().atTime(9, 0)));
    }

    /** The status an activity would plausibly have had in a period, by its dates. */
    private static ActivityStatus statusIn(ActivityView activity, PeriodView period, int roll) {
        if (activity.continuous()) {
            return ActivityStatus.CONTINUOUS;
        }
        if (activity.startDate() != null && activity.startDate().isAfter(period.endsOn())) {
            return ActivityStatus.NOT_STARTED;
        }
        if (activity.endDate() != null && !activity.endDate().isAfter(period.endsOn())) {
            return roll % 6 == 0 ? ActivityStatus.STARTED : ActivityStatus.COMPLETED;
        }
        return roll % 7 == 0 ? ActivityStatus.NOT_STARTED : ActivityStatus.STARTED;
    }

    private static String narrative(ActivityView activity, ActivityStatus status, PeriodView period) {
        return switch (status) {
            case NOT_STARTED -> "Preparations have not begun in " + period.label() + "; the terms of reference are being drafted (demo).";
            case CONTINUOUS -> "Carried on as a regular task in " + period.label() + " (demo).";
            case STARTED -> "Work continued in " + period.label() + "; " + (activity.expectedResult() == null
                    ? "first results are expected next quarter" : "progress towards: " + activity.expectedResult()) + " (demo).";
            case COMPLETED -> "Completed; the means of verification are on file (demo).";
        };
    }

    private <T> T focalPoint(long institution, java.util.function.Supplier<T> work) {
        return SystemTasks.callAs(focalPoints.get(institution), institution, EnumSet.of(Role.FOCAL_POINT), work);
    }

    private <T> T officer(java.util.function.Supplier<T> work) {
        return SystemTasks.callAs("officer", null, EnumSet.of(Role.ME_OFFICER), work);
    }
}

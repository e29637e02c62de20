package org.ariadne.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ariadne.plan.PlanSummary;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.Completeness;
import org.ariadne.reporting.PeriodView;
import org.ariadne.reporting.ReportingSchedules;
import org.ariadne.reporting.ScheduleView;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where reporting starts. A focal point sees, per plan that collects reports, the periods that have started
 * (newest first) with the state of their own institution's report; the coordinator's office sees the reports
 * waiting for review and the way to each plan's completeness matrix.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReportHomeController {

    private final Plans plans;
    private final ReportingSchedules schedules;
    private final Completeness completeness;
    private final Clock clock;

    ReportHomeController(Plans plans, ReportingSchedules schedules, Completeness completeness, Clock clock) {
        this.plans = plans;
        this.schedules = schedules;
        this.completeness = completeness;
        this.clock = clock;
    }

    /** One period of a plan with the state of the institution's report. */
    record OwnPeriod(PeriodView period, Completeness.State state, String deadline, String link) {

        public String badge() {
            return switch (state) {
                case ACCEPTED, SUBMITTED_ON_TIME -> "ok";
                case SUBMITTED_LATE, RETURNED, REOPENED -> "warn";
                case MISSING -> "bad";
                default -> "info";
            };
        }
    }

    record OwnPlan(PlanSummary plan, List<OwnPeriod> periods) {
    }

    /** A submitted report waiting for the coordinator's office. */
    record Waiting(String institution, PeriodView period, String submittedAt, boolean late, String link) {
    }

    record ReviewPlan(PlanSummary plan, List<Waiting> waiting) {
    }

    @GetMapping("/reporting")
    String home(Model model, Locale locale) {
        var user = CurrentUser.required();
        var today = LocalDate.now(clock);
        var reporting = plans.list().stream()
                .filter(plan -> schedules.schedule(plan.id()).map(ScheduleView::active).orElse(false)).toList();
        boolean focalPoint = user.has(Role.FOCAL_POINT);
        boolean reviewer = user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR);
        model.addAttribute("focalPoint", focalPoint);
        model.addAttribute("institutionId", user.institutionId());
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("evaluator", user.has(Role.EVALUATOR));
        model.addAttribute("hasPlans", !reporting.isEmpty());
        if (focalPoint && user.institutionId() != null) {
            // only the plans the institution reports on
            model.addAttribute("own", reporting.stream().map(plan -> own(plan, user.institutionId(), today, locale))
                    .filter(own -> !own.periods().isEmpty()).toList());
        }
        if (reviewer || user.has(Role.EVALUATOR)) {
            model.addAttribute("review", reporting.stream().map(plan -> waiting(plan, locale)).toList());
        }
        return "reporting/report/home";
    }

    private OwnPlan own(PlanSummary plan, long institutionId, LocalDate today, Locale locale) {
        var matrix = completeness.forInstitution(plan.id(), institutionId);
        var periods = new ArrayList<OwnPeriod>();
        for (var row : matrix.rows()) {
            for (var cell : row.cells()) {
                var period = cell.period();
                if (!period.startsOn().isAfter(today) && (cell.expected() || cell.status() != null)) {
                    periods.add(new OwnPeriod(period, cell.state(), ReportPageModel.date(period.deadline(), locale),
                            link(period.id(), institutionId)));
                }
            }
        }
        periods.sort(Comparator.comparing((OwnPeriod p) -> p.period().startsOn()).reversed());
        return new OwnPlan(plan, periods);
    }

    private ReviewPlan waiting(PlanSummary plan, Locale locale) {
        var waiting = new ArrayList<Waiting>();
        var matrix = completeness.matrix(plan.id());
        for (var row : matrix.rows()) {
            for (var cell : row.cells()) {
                if (cell.state() == Completeness.State.SUBMITTED_ON_TIME
                        || cell.state() == Completeness.State.SUBMITTED_LATE) {
                    waiting.add(new Waiting(row.institution(), cell.period(), submitted(cell.firstSubmittedAt(), locale),
                            cell.state() == Completeness.State.SUBMITTED_LATE, link(cell.period().id(), row.institutionId())));
                }
            }
        }
        waiting.sort(Comparator.comparing((Waiting w) -> w.period().startsOn()).thenComparing(Waiting::institution));
        return new ReviewPlan(plan, waiting);
    }

    private static String submitted(LocalDateTime at, Locale locale) {
        return at == null ? "" : ReportPageModel.dateTime(at, locale);
    }

    private static String link(long periodId, long institutionId) {
        return "/reporting/" + periodId + "/institutions/" + institutionId;
    }
}

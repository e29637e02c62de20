package org.ariadne.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanSummary;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReviewQueue;
import org.ariadne.reportingcycle.Completeness;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportStatuses;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where reporting starts. A focal point sees, per plan that collects reports, the periods that have started
 * (newest first) with the state of their own institution's report; the coordinator's office sees the reports
 * waiting for review and the way to each plan's completeness matrix. Each of these tables downloads as CSV or Excel
 * with the same rows, for the same people.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReportHomeController {

    private final Plans plans;
    private final ReportingPeriods reportingPeriods;
    private final Completeness completeness;
    private final Institutions institutions;
    private final ReportHomeSpreadsheets spreadsheets;
    private final MessageSource messages;
    private final Clock clock;
    private final ReviewQueue queue;

    ReportHomeController(Plans plans, ReportingPeriods reportingPeriods, Completeness completeness,
            Institutions institutions, ReportHomeSpreadsheets spreadsheets, MessageSource messages, Clock clock,
            ReviewQueue queue) {
        this.queue = queue;
        this.plans = plans;
        this.reportingPeriods = reportingPeriods;
        this.completeness = completeness;
        this.institutions = institutions;
        this.spreadsheets = spreadsheets;
        this.messages = messages;
        this.clock = clock;
    }

    /** One period of a plan with the state of the institution's report and its stage (null when none was begun). */
    record OwnPeriod(PeriodView period, Completeness.State state, ReportStatuses.Stage stage, String deadline,
            String link) {

        /** A report begun and not submitted, or sent back: the focal point's work to finish, whatever its deadline. */
        public boolean toFinish() {
            return stage == ReportStatuses.Stage.DRAFT || stage == ReportStatuses.Stage.RETURNED
                    || stage == ReportStatuses.Stage.REOPENED;
        }

        /**
         * The message key of the state as the table shows it: a report begun but not submitted by its deadline is a
         * draft past its deadline, not "missing" (the focal point would think her work was lost).
         */
        public String stateKey() {
            return state == Completeness.State.MISSING && stage == ReportStatuses.Stage.DRAFT
                    ? "reporting.home.draft-overdue" : state.messageKey();
        }

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

        /** The reports to finish, newest first, which the page lists above all periods. */
        public List<OwnPeriod> toFinish() {
            return periods.stream().filter(OwnPeriod::toFinish).toList();
        }
    }

    /**
     * A submitted report waiting for the coordinator's office; {@code submittedAt} as the page writes it, {@code key}
     * what the bulk form sends back for it (with the version seen).
     */
    record Waiting(String institution, PeriodView period, LocalDateTime firstSubmittedAt, String submittedAt,
            boolean late, String link, String key) {
    }

    /** A report sent back (or reopened) and not yet resubmitted, or accepted lately; {@code when} as written. */
    record Queued(String institution, PeriodView period, String when, boolean reopened, String link) {
    }

    record ReviewPlan(PlanSummary plan, List<Waiting> waiting, List<Queued> returned, List<Queued> accepted,
            long overdue) {
    }

    @GetMapping("/reporting")
    String home(Model model, Locale locale) {
        var user = CurrentUser.required();
        var today = today();
        var reporting = plans.list().stream()
                .filter(plan -> reportingPeriods.isOwnParticipants(plan.id()))
                .filter(plan -> reportingPeriods.isActive(plan.id())).toList();
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

    /** The reports of a plan waiting for review, as the home page lists them, for the office and evaluators. */
    @GetMapping("/reporting/plans/{planId}/waiting.{format:csv|xlsx}")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'EVALUATOR')")
    ResponseEntity<byte[]> waitingFile(@PathVariable long planId, @PathVariable String format, Locale locale,
            HttpServletRequest request) {
        var plan = reportingPlan(planId);
        var waiting = waiting(plan, locale).waiting();
        var name = FileNames.of(plan.title(), text("reporting.home.export.waiting-file", locale), today().toString());
        return FileNames.download(spreadsheets.waiting(waiting, baseUrl(request), format, locale), name, format);
    }

    /** A plan's periods with the state of the focal point's own institution's report, as the home page lists them. */
    @GetMapping("/reporting/plans/{planId}/own-reports.{format:csv|xlsx}")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    ResponseEntity<byte[]> ownFile(@PathVariable long planId, @PathVariable String format, Locale locale,
            HttpServletRequest request) {
        var user = CurrentUser.required();
        if (user.institutionId() == null) {
            // the page shows no table to a focal point whose account is not linked to an institution
            throw new AccessDeniedException("focal point without an institution");
        }
        var plan = reportingPlan(planId);
        var own = own(plan, user.institutionId(), today(), locale);
        var name = FileNames.of(plan.title(), institutions.directory().nameOf(user.institutionId()),
                text("reporting.home.export.own-file", locale), today().toString());
        return FileNames.download(spreadsheets.own(own.periods(), baseUrl(request), format, locale), name, format);
    }

    /** A plan the home page lists: one whose reporting is switched on. */
    private PlanSummary reportingPlan(long planId) {
        return plans.list().stream().filter(plan -> plan.id() == planId)
                .filter(plan -> reportingPeriods.isOwnParticipants(plan.id()))
                .filter(plan -> reportingPeriods.isActive(plan.id()))
                .findFirst().orElseThrow(() -> NotFoundException.of("reporting plan", planId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String baseUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private OwnPlan own(PlanSummary plan, long institutionId, LocalDate today, Locale locale) {
        var matrix = completeness.forInstitution(plan.id(), institutionId);
        var periods = new ArrayList<OwnPeriod>();
        for (var row : matrix.rows()) {
            for (var cell : row.cells()) {
                var period = cell.period();
                if (!period.startsOn().isAfter(today) && (cell.expected() || cell.status() != null)) {
                    periods.add(new OwnPeriod(period, cell.state(), cell.status(), ReportTexts.date(period.deadline(), locale),
                            link(period.id(), institutionId)));
                }
            }
        }
        periods.sort(Comparator.comparing((OwnPeriod p) -> p.period().startsOn()).reversed());
        return new OwnPlan(plan, periods);
    }

    private ReviewPlan waiting(PlanSummary plan, Locale locale) {
        var waiting = new ArrayList<Waiting>();
        var returned = new ArrayList<Queued>();
        var accepted = new ArrayList<Queued>();
        var queued = new java.util.HashMap<String, ReviewQueue.Queued>();
        queue.of(plan.id()).forEach(report -> queued.put(report.periodId() + "-" + report.institutionId(), report));
        var matrix = completeness.matrix(plan.id());
        long overdue = 0;
        for (var row : matrix.rows()) {
            for (var cell : row.cells()) {
                var link = link(cell.period().id(), row.institutionId());
                var report = queued.get(cell.period().id() + "-" + row.institutionId());
                switch (cell.state()) {
                    case SUBMITTED_ON_TIME, SUBMITTED_LATE -> waiting.add(new Waiting(row.institution(), cell.period(),
                            cell.firstSubmittedAt(), submitted(cell.firstSubmittedAt(), locale),
                            cell.state() == Completeness.State.SUBMITTED_LATE, link,
                            report == null ? null : report.key()));
                    case RETURNED, REOPENED -> {
                        if (report != null) {
                            var when = report.status() == org.ariadne.reporting.ReportStatus.REOPENED ? null
                                    : report.returnedAt();
                            returned.add(new Queued(row.institution(), cell.period(), submitted(when, locale),
                                    cell.state() == Completeness.State.REOPENED, link));
                        }
                    }
                    case ACCEPTED -> {
                        if (report != null && report.acceptedAt() != null) {
                            accepted.add(new Queued(row.institution(), cell.period(),
                                    submitted(report.acceptedAt(), locale), false, link));
                        }
                    }
                    case MISSING -> overdue++;
                    default -> {
                    }
                }
            }
        }
        waiting.sort(Comparator.comparing((Waiting w) -> w.period().startsOn()).thenComparing(Waiting::institution));
        returned.sort(Comparator.comparing((Queued q) -> q.period().startsOn()).thenComparing(Queued::institution));
        accepted.sort(Comparator.comparing((Queued q) -> q.period().startsOn()).reversed()
                .thenComparing(Queued::institution));
        return new ReviewPlan(plan, waiting, returned, accepted, overdue);
    }

    private static String submitted(LocalDateTime at, Locale locale) {
        return at == null ? "" : ReportTexts.dateTime(at, locale);
    }

    private static String link(long periodId, long institutionId) {
        return "/reporting/" + periodId + "/institutions/" + institutionId;
    }
}

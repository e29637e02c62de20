package org.ariadne.reportingcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completeness and timeliness of reporting, like DHIS2's reporting-rate summary: for every institution expected
 * to report and every period, whether its report is in on time, late, missing, returned or accepted, with
 * reporting rates per period and per institution, and the overdue list.
 */
@Service
@PreAuthorize("isAuthenticated()")
@org.springframework.modulith.NamedInterface("api")
public class Completeness {

    private final ReportStatuses reports;
    private final Periods periods;
    private final Plans plans;
    private final Institutions institutions;
    private final Clock clock;

    private final org.ariadne.plan.TerritorialScope scope;

    Completeness(ReportStatuses reports, Periods periods, Plans plans, Institutions institutions, Clock clock,
            org.ariadne.plan.TerritorialScope scope) {
        this.scope = scope;
        this.reports = reports;
        this.periods = periods;
        this.plans = plans;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** What a cell of the matrix says. */
    public enum State {
        /** the period has not started */
        NOT_DUE,
        /** running or before its deadline, nothing submitted yet */
        OPEN,
        /** the deadline has passed and nothing was submitted */
        MISSING,
        SUBMITTED_ON_TIME, SUBMITTED_LATE, RETURNED, REOPENED, ACCEPTED;

        public String messageKey() {
            return "reporting.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public record Cell(PeriodView period, State state, ReportStatuses.Stage status, LocalDateTime firstSubmittedAt,
            boolean onTime, boolean expected) {
    }

    public record Row(long institutionId, String institution, List<Cell> cells, Rate rate) {
    }

    /** Reports expected (periods whose deadline has passed), submitted, and submitted by the deadline. */
    public record Rate(int expected, int submitted, int onTime) {

        public int percent() {
            return expected == 0 ? 100 : Math.round(100f * submitted / expected);
        }

        public int onTimePercent() {
            return expected == 0 ? 100 : Math.round(100f * onTime / expected);
        }
    }

    public record Matrix(long planId, List<PeriodView> periods, List<Row> rows, List<Rate> periodRates, Rate overall) {
    }

    public record Overdue(long institutionId, String institution, PeriodView period, long daysOverdue,
            ReportStatuses.Stage status) {
    }

    /** The whole matrix; for the coordinator's office and evaluators. */
    @Transactional(readOnly = true)
    public Matrix matrix(long planId) {
        var user = CycleAccess.user();
        // a local coordinator: the matrix of a plan of its unit (plan.TerritorialScope)
        if (!CycleAccess.isOffice(user) && !user.has(Role.EVALUATOR) && !scope.manages(planId)) {
            throw new AccessDeniedException("completeness matrix");
        }
        return build(planId, null);
    }

    /**
     * One institution's row: its focal points see their own reporting record; the office, evaluators and the
     * members of the national committee (who oversee the institutions) see any institution's.
     */
    @Transactional(readOnly = true)
    public Matrix forInstitution(long planId, long institutionId) {
        var user = CycleAccess.user();
        if (!CycleAccess.isOwnInstitution(user, institutionId) && !CycleAccess.isOffice(user)
                && !user.has(Role.EVALUATOR) && !user.has(Role.MEMBER)) {
            throw new AccessDeniedException("reporting record of institution " + institutionId);
        }
        return build(planId, institutionId);
    }

    /** Reports past their deadline and not submitted, oldest first. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(long planId) {
        var today = LocalDate.now(clock);
        var result = new ArrayList<Overdue>();
        for (var row : matrix(planId).rows()) {
            for (var cell : row.cells()) {
                if (cell.expected() && cell.state() == State.MISSING) {
                    result.add(new Overdue(row.institutionId(), row.institution(), cell.period(),
                            ChronoUnit.DAYS.between(cell.period().deadline(), today), cell.status()));
                }
            }
        }
        result.sort(Comparator.comparing((Overdue o) -> o.period().deadline()).thenComparing(Overdue::institution));
        return result;
    }

    private Matrix build(long planId, Long onlyInstitution) {
        var today = LocalDate.now(clock);
        var tree = plans.tree(planId);
        var directory = institutions.directory();
        var planPeriods = periods.findByPlanIdOrderByStartsOn(planId).stream().map(ReportingPeriod::view).toList();
        var byKey = new HashMap<String, ReportStatuses.Filed>();
        reports.ofPlan(planId).forEach(r -> byKey.put(r.periodId() + "/" + r.institutionId(), r));
        var candidates = directory.all().stream()
                .filter(i -> onlyInstitution == null ? i.reportsProgress() && i.active() : i.id() == onlyInstitution)
                .toList();
        var rows = new ArrayList<Row>();
        var periodCounts = new HashMap<Long, int[]>();
        for (var institution : candidates) {
            var cells = new ArrayList<Cell>();
            int expected = 0;
            int submitted = 0;
            int onTime = 0;
            boolean any = false;
            for (var period : planPeriods) {
                var report = byKey.get(period.id() + "/" + institution.id());
                boolean reports = report != null || this.reports.expects(tree, institution.id(), period);
                any |= reports;
                var cell = cell(period, report, reports, today);
                cells.add(cell);
                if (reports && today.isAfter(period.deadline())) {
                    expected++;
                    var counts = periodCounts.computeIfAbsent(period.id(), key -> new int[3]);
                    counts[0]++;
                    if (cell.firstSubmittedAt() != null) {
                        submitted++;
                        counts[1]++;
                    }
                    if (cell.onTime()) {
                        onTime++;
                        counts[2]++;
                    }
                }
            }
            if (any || onlyInstitution != null) {
                rows.add(new Row(institution.id(), institution.name(), cells, new Rate(expected, submitted, onTime)));
            }
        }
        var periodRates = planPeriods.stream().map(period -> {
            var counts = periodCounts.getOrDefault(period.id(), new int[3]);
            return new Rate(counts[0], counts[1], counts[2]);
        }).toList();
        var overall = new Rate(rows.stream().mapToInt(r -> r.rate().expected()).sum(),
                rows.stream().mapToInt(r -> r.rate().submitted()).sum(), rows.stream().mapToInt(r -> r.rate().onTime()).sum());
        return new Matrix(planId, planPeriods, rows, periodRates, overall);
    }

    static Cell cell(PeriodView period, ReportStatuses.Filed report, boolean expected, LocalDate today) {
        var first = report == null ? null : report.firstSubmittedAt();
        boolean onTime = first != null && period.metBy(first.toLocalDate());
        State state;
        if (report != null && report.stage() != ReportStatuses.Stage.DRAFT) {
            state = switch (report.stage()) {
                case ACCEPTED -> State.ACCEPTED;
                case RETURNED -> State.RETURNED;
                case REOPENED -> State.REOPENED;
                default -> onTime ? State.SUBMITTED_ON_TIME : State.SUBMITTED_LATE;
            };
        } else if (period.startsOn().isAfter(today)) {
            state = State.NOT_DUE;
        } else if (today.isAfter(period.deadline())) {
            state = State.MISSING;
        } else {
            state = State.OPEN;
        }
        return new Cell(period, state, report == null ? null : report.stage(), first, onTime, expected);
    }
}

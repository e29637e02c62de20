package org.ariadne.regional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ariadne.common.format.Formats;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.evaluations.EvaluationStatus;
import org.ariadne.evaluations.EvaluationSummary;
import org.ariadne.evaluations.Evaluations;
import org.ariadne.plan.PlanParticipants;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.PlanSummary;
import org.ariadne.plan.Plans;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.reportingcycle.Completeness;
import org.ariadne.security.Participants;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional officer's comparison of the participants. Figures come through the other modules' front doors, as the
 * regional officer (who belongs to no participant, so nothing is narrowed): progress exactly as the dashboards count
 * it from accepted reports, an indicator computed from the victim register protected as a member sees it
 * ({@link DashboardCharts#asShown}). The reporting record and the evaluations' existence are read as the system (they
 * are the office's pages, and only their counts and statuses are shown).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RegionalComparison.READERS)
@org.springframework.modulith.NamedInterface("api")
public class RegionalComparison {

    /** Only the regional body's staff compare participants; a participant's own people read their own pages. */
    public static final String READERS = "hasRole('REGIONAL_OFFICER')";

    /** The criterion "monitored" looks at the reports due in this many last closed periods (a year of quarters). */
    static final int CLOSED_PERIODS = 4;

    private static final String SYSTEM = "regional-comparison";

    private final Participants participants;
    private final PlanParticipants planParticipants;
    private final Plans plans;
    private final DashboardCharts dashboards;
    private final Completeness completeness;
    private final Evaluations evaluations;
    private final IndicatorMappingRepository mappings;
    private final RegionalIndicatorRepository regional;
    private final MessageSource messages;
    private final Clock clock;

    RegionalComparison(Participants participants, PlanParticipants planParticipants, Plans plans,
            DashboardCharts dashboards, Completeness completeness, Evaluations evaluations,
            IndicatorMappingRepository mappings, RegionalIndicatorRepository regional, MessageSource messages,
            Clock clock) {
        this.participants = participants;
        this.planParticipants = planParticipants;
        this.plans = plans;
        this.dashboards = dashboards;
        this.completeness = completeness;
        this.evaluations = evaluations;
        this.mappings = mappings;
        this.regional = regional;
        this.messages = messages;
        this.clock = clock;
    }

    public Comparison compare(Locale locale) {
        var formats = Formats.of(locale);
        var today = LocalDate.now(clock);
        var allEvaluations = asSystem(evaluations::list);
        var columns = new ArrayList<Comparison.Column>();
        for (var participant : participants.list()) {
            var plan = planCompared(planParticipants.nationalPlansOf(participant.id()), today.getYear());
            columns.add(new Comparison.Column(participant.id(), participant.code(), participant.nameIn(locale),
                    plan == null ? null : plan.id(), plan == null ? null : plan.title(),
                    plan == null ? null : plan.startYear() + "\u2013" + plan.endYear(),
                    criteria(plan, allEvaluations, today, locale, formats)));
        }
        var overviews = new HashMap<Long, ProgressOverview>();
        var rows = new ArrayList<Comparison.Row>();
        var mapped = new HashMap<String, IndicatorMapping>();
        mappings.findAll().forEach(m -> mapped.put(m.regionalIndicatorId() + "/" + m.participantId(), m));
        for (var indicator : regional.findAllByOrderByCodeAsc()) {
            var view = indicator.view();
            var cells = new ArrayList<Comparison.Cell>();
            for (var column : columns) {
                var mapping = mapped.get(indicator.id() + "/" + column.participantId());
                cells.add(mapping == null ? new Comparison.Cell(null, null, null, null, null)
                        : cell(mapping, overviews, locale, formats));
            }
            rows.add(new Comparison.Row(view, view.nameIn(locale), cells));
        }
        return new Comparison(columns, rows);
    }

    /** The national plan compared: the adopted one in force this year, else the newest adopted, else the newest. */
    static PlanSummary planCompared(List<PlanSummary> national, int year) {
        return national.stream()
                .filter(p -> p.status() == PlanStatus.ADOPTED && p.startYear() <= year && year <= p.endYear())
                .findFirst()
                .or(() -> national.stream().filter(p -> p.status() == PlanStatus.ADOPTED).findFirst())
                .or(() -> national.stream().findFirst())
                .orElse(null);
    }

    private List<Judgement> criteria(PlanSummary plan, List<EvaluationSummary> allEvaluations, LocalDate today,
            Locale locale, Formats formats) {
        if (plan == null) {
            var none = text(locale, "regional.figure.no-plan");
            return List.of(new Judgement(Criterion.ADOPTED, Level.NOT_MET, none),
                    new Judgement(Criterion.COSTED, Level.NOT_MET, none),
                    new Judgement(Criterion.MONITORED, Level.NOT_MET, none),
                    new Judgement(Criterion.EVALUATED, Level.NOT_MET, none));
        }
        return List.of(adopted(plan, locale), costed(plan, locale, formats), monitored(plan, today, locale),
                evaluated(plan, allEvaluations, locale));
    }

    private Judgement adopted(PlanSummary plan, Locale locale) {
        return new Judgement(Criterion.ADOPTED, Criteria.adopted(plan.status()), text(locale, "regional.figure.adopted",
                text(locale, plan.status().messageKey()), plan.startYear() + "\u2013" + plan.endYear()));
    }

    private Judgement costed(PlanSummary plan, Locale locale, Formats formats) {
        var activities = plans.tree(plan.id()).activities().filter(a -> !a.dropped()).toList();
        long withBudget = activities.stream().filter(a -> a.plannedBudget().signum() > 0).count();
        long all = activities.size();
        var percent = all == 0 ? "" : "(" + formats.percent(BigDecimal.valueOf(withBudget * 100.0 / all)) + ")";
        return new Judgement(Criterion.COSTED, Criteria.share(withBudget, all),
                text(locale, "regional.figure.costed", withBudget, all, percent));
    }

    /**
     * The reports due in the plan's last closed periods (deadline passed) that were accepted, and how many of the
     * institutions expected to report sent at least one of them.
     */
    private Judgement monitored(PlanSummary plan, LocalDate today, Locale locale) {
        var matrix = asSystem(() -> completeness.matrix(plan.id()));
        var closed = matrix.periods().stream().filter(p -> p.isDueBy(today)).toList();
        var last = Set.copyOf(closed.subList(Math.max(0, closed.size() - CLOSED_PERIODS), closed.size()));
        long expected = 0;
        long accepted = 0;
        long institutions = 0;
        long reporting = 0;
        for (var row : matrix.rows()) {
            boolean expectedHere = false;
            boolean reported = false;
            for (var cell : row.cells()) {
                if (!last.contains(cell.period()) || !cell.expected()) {
                    continue;
                }
                expectedHere = true;
                expected++;
                if (cell.state() == Completeness.State.ACCEPTED) {
                    accepted++;
                }
                reported |= cell.firstSubmittedAt() != null;
            }
            institutions += expectedHere ? 1 : 0;
            reporting += reported ? 1 : 0;
        }
        if (last.isEmpty()) {
            return new Judgement(Criterion.MONITORED, Level.NOT_MET, text(locale, "regional.figure.no-periods"));
        }
        return new Judgement(Criterion.MONITORED, Criteria.share(accepted, expected),
                text(locale, "regional.figure.monitored", accepted, expected, last.size(), reporting, institutions));
    }

    private Judgement evaluated(PlanSummary plan, List<EvaluationSummary> allEvaluations, Locale locale) {
        var ofPlan = allEvaluations.stream().filter(e -> e.planId() == plan.id()).toList();
        long completed = ofPlan.stream().filter(e -> e.status() == EvaluationStatus.FINAL
                || e.status() == EvaluationStatus.RESPONSE_DONE).count();
        var level = Criteria.evaluated(completed, ofPlan.size());
        var figure = switch (level) {
            case MET -> text(locale, "regional.figure.evaluated", completed);
            case PARTLY -> text(locale, "regional.figure.evaluation-under-way", (long) ofPlan.size());
            case NOT_MET -> text(locale, "regional.figure.not-evaluated");
        };
        return new Judgement(Criterion.EVALUATED, level, figure);
    }

    private Comparison.Cell cell(IndicatorMapping mapping, Map<Long, ProgressOverview> overviews, Locale locale,
            Formats formats) {
        var overview = overviews.computeIfAbsent(mapping.planId(),
                planId -> dashboards.progress(planId, DashboardFilter.none()));
        var found = overview.indicators().filter(i -> i.indicator().id() == mapping.indicatorId()).findFirst();
        if (found.isEmpty()) {
            var indicator = plans.indicator(mapping.indicatorId());
            return new Comparison.Cell(indicator.name(), null, overview.year(),
                    text(locale, "progress.reason.no-data"), null);
        }
        // the overview is already as the reader may see it: a register figure too small to publish is withheld
        IndicatorProgress progress = found.get();
        var indicator = progress.indicator();
        String value = progress.value() == null ? null
                : formats.number(progress.value()) + (indicator.unit() == null || indicator.unit().isBlank()
                        ? "" : " " + indicator.unit());
        var achievement = progress.achievement();
        String shown = achievement.isMeasured() ? formats.percent(achievement.percent())
                : text(locale, achievement.reasonKey());
        return new Comparison.Cell(indicator.name(), value, progress.year(), shown, achievement.light());
    }

    /** Reads an office page's counts without a participant's narrowing: as the system, working across participants. */
    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        return SystemTasks.callAs(SYSTEM, null, null, Set.of(Role.ME_OFFICER), work);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

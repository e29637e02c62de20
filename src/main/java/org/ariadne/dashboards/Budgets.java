package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.ariadne.common.charts.Chart;
import org.ariadne.finance.Funding;
import org.ariadne.finance.FundingPosition;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanTree;
import org.ariadne.progress.SpendingRule;
import org.ariadne.reporting.ReportedActivities.Spending;
import org.springframework.stereotype.Component;

/**
 * Builds the budget view from the plan's budget lines (planned and secured) and the spending institutions reported.
 * A year counts the lines of that year; lines for the whole period without a year count only for the whole period
 * and are shown apart when a year is chosen. Secured also counts the commitments recorded in {@code finance} (their
 * allocations, converted): secured = the lines' typed secured + the allocations, and a donor commitment lowers the
 * donor gap of the activities it covers ({@link FundingPosition} says the rule once for both pages).
 */
@Component
class Budgets {

    private final DashboardTexts texts;
    private final Funding funding;
    private final Clock clock;

    Budgets(DashboardTexts texts, Funding funding, Clock clock) {
        this.texts = texts;
        this.funding = funding;
        this.clock = clock;
    }

    BudgetDashboard build(PlanTree tree, DashboardFilter filter, Integer year, List<Spending> spending,
            InstitutionDirectory directory, String currency, Locale locale) {
        var objectiveOf = new HashMap<Long, Long>();
        tree.objectives().forEach(so -> so.specificObjectives().forEach(sp -> sp.activities()
                .forEach(a -> objectiveOf.put(a.id(), so.id()))));
        var spentByObjective = new HashMap<Long, BigDecimal>();
        var spentByActivity = new HashMap<Long, BigDecimal>();
        var sources = new LinkedHashMap<Source, BigDecimal[]>();
        var spentByKind = new EnumMap<FundingSourceKind, BigDecimal>(FundingSourceKind.class);
        var plannedByKind = new EnumMap<FundingSourceKind, BigDecimal>(FundingSourceKind.class);
        BigDecimal spentTotal = BigDecimal.ZERO;
        for (var spent : spending) {
            var objective = objectiveOf.get(spent.activityId());
            if (objective == null || year != null && spent.year() != year) {
                continue;
            }
            spentByObjective.merge(objective, spent.amount(), BigDecimal::add);
            spentByActivity.merge(spent.activityId(), spent.amount(), BigDecimal::add);
            var source = amounts(sources, new Source(spent.kind(), spent.sourceInstitutionId()));
            source[2] = source[2].add(spent.amount());
            spentByKind.merge(spent.kind(), spent.amount(), BigDecimal::add);
            spentTotal = spentTotal.add(spent.amount());
        }
        var position = funding.committed(tree, year);
        var funded = new HashMap<Long, FundingPosition.ActivityFunding>();
        position.activities().forEach(a -> funded.put(a.activityId(), a));
        var objectives = new ArrayList<BudgetDashboard.ObjectiveBudget>();
        var flagged = new ArrayList<BudgetDashboard.ActivityMoney>();
        // a year (or the plan) still running is never called underspent: see SpendingRule
        int thisYear = LocalDate.now(clock).getYear();
        boolean over = year != null ? year < thisYear : tree.plan().endYear() < thisYear;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal secured = BigDecimal.ZERO;
        BigDecimal donorPlanned = BigDecimal.ZERO;
        BigDecimal donorGap = BigDecimal.ZERO;
        BigDecimal withoutYear = BigDecimal.ZERO;
        for (var so : tree.objectives()) {
            BigDecimal soPlanned = BigDecimal.ZERO;
            BigDecimal soSecured = BigDecimal.ZERO;
            BigDecimal soDonorPlanned = BigDecimal.ZERO;
            BigDecimal soDonorGap = BigDecimal.ZERO;
            for (var activity : so.specificObjectives().stream().flatMap(sp -> sp.activities().stream()).toList()) {
                BigDecimal activityDonorGap = BigDecimal.ZERO;
                BigDecimal activityPlanned = BigDecimal.ZERO;
                for (var line : activity.budgetLines()) {
                    if (year != null && line.year() == null) {
                        withoutYear = withoutYear.add(line.planned());
                        continue;
                    }
                    if (year != null && !year.equals(line.year())) {
                        continue;
                    }
                    var lineSecured = Objects.requireNonNullElse(line.secured(), BigDecimal.ZERO);
                    soPlanned = soPlanned.add(line.planned());
                    activityPlanned = activityPlanned.add(line.planned());
                    soSecured = soSecured.add(lineSecured);
                    var kind = kind(line);
                    plannedByKind.merge(kind, line.planned(), BigDecimal::add);
                    var source = amounts(sources, new Source(kind, line.sourceInstitutionId()));
                    source[0] = source[0].add(line.planned());
                    source[1] = source[1].add(lineSecured);
                    if (kind == FundingSourceKind.DONOR) {
                        soDonorPlanned = soDonorPlanned.add(line.planned());
                        activityDonorGap = activityDonorGap.add(line.gap());
                    }
                }
                var commitments = funded.get(activity.id());
                if (commitments != null) {
                    soSecured = soSecured.add(commitments.committed());
                    activityDonorGap = activityDonorGap.subtract(commitments.donorCommitted()).max(BigDecimal.ZERO);
                }
                soDonorGap = soDonorGap.add(activityDonorGap);
                var activitySpent = spentByActivity.getOrDefault(activity.id(), BigDecimal.ZERO);
                var judged = SpendingRule.judge(activityPlanned, activitySpent, over);
                if (judged.flagged()) {
                    flagged.add(new BudgetDashboard.ActivityMoney(activity.id(), activity.code(), activity.title(),
                            Money.cents(activityPlanned), Money.cents(activitySpent), judged));
                }
            }
            var soSpent = spentByObjective.getOrDefault(so.id(), BigDecimal.ZERO);
            objectives.add(new BudgetDashboard.ObjectiveBudget(so.code(), so.title(), Money.cents(soPlanned),
                    Money.cents(soSecured), Money.cents(soSpent), Money.cents(soDonorPlanned), Money.cents(soDonorGap),
                    SpendingRule.judge(soPlanned, soSpent, over)));
            planned = planned.add(soPlanned);
            secured = secured.add(soSecured);
            donorPlanned = donorPlanned.add(soDonorPlanned);
            donorGap = donorGap.add(soDonorGap);
        }
        var totals = new BudgetDashboard.Totals(Money.cents(planned), Money.cents(secured), Money.cents(spentTotal),
                Money.cents(donorPlanned), Money.cents(donorGap),
                Money.cents(plannedByKind.getOrDefault(FundingSourceKind.STATE_BUDGET, BigDecimal.ZERO)),
                Money.cents(spentByKind.getOrDefault(FundingSourceKind.STATE_BUDGET, BigDecimal.ZERO)),
                Money.cents(withoutYear), Money.cents(position.totals().committed()),
                Money.cents(position.totals().gap()), position.missingRates().size());
        var sourceRows = sourceRows(sources, directory, locale);
        var period = year != null ? Integer.toString(year)
                : tree.plan().startYear() + "–" + tree.plan().endYear();
        var axis = texts.get("dashboards.axis.amount", locale, currency);
        flagged.sort(Comparator.comparing((BudgetDashboard.ActivityMoney money) ->
                money.spent().subtract(money.planned()).abs()).reversed());
        return new BudgetDashboard(tree.plan(), year, filter, currency, totals, List.copyOf(objectives),
                List.copyOf(flagged), sourceRows,
                byObjective(objectives, tree, period, axis, locale), bySource(sourceRows, period, axis, locale),
                donorGap(objectives, tree, period, axis, locale),
                shares(plannedByKind, spentByKind, totals, locale));
    }

    private record Source(FundingSourceKind kind, Long institutionId) {
    }

    private static FundingSourceKind kind(BudgetLineView line) {
        return line.kind() == null ? FundingSourceKind.OTHER : line.kind();
    }

    /** planned, secured, spent */
    private static BigDecimal[] amounts(Map<Source, BigDecimal[]> sources, Source source) {
        return sources.computeIfAbsent(source, key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    }

    private List<BudgetDashboard.SourceBudget> sourceRows(Map<Source, BigDecimal[]> sources, InstitutionDirectory directory,
            Locale locale) {
        var collator = Collator.getInstance(locale);
        return sources.entrySet().stream()
                .map(entry -> {
                    var source = entry.getKey();
                    var kind = texts.get(source.kind().messageKey(), locale);
                    var name = directory.nameOf(source.institutionId());
                    var label = name == null ? kind : texts.get("dashboards.budget.source", locale, kind, name);
                    var amounts = entry.getValue();
                    return new BudgetDashboard.SourceBudget(source.kind(), source.institutionId(), label,
                            Money.cents(amounts[0]), Money.cents(amounts[1]), Money.cents(amounts[2]));
                })
                .sorted(Comparator.comparing(BudgetDashboard.SourceBudget::kind)
                        .thenComparing(BudgetDashboard.SourceBudget::label, collator))
                .toList();
    }

    private DashboardChart byObjective(List<BudgetDashboard.ObjectiveBudget> objectives, PlanTree tree, String period,
            String axis, Locale locale) {
        var chart = Chart.of(Chart.Kind.BARS, texts.get("dashboards.budget.chart.by-objective", locale, period))
                .valueAxis(axis)
                .categories(objectiveLabels(tree))
                .series(texts.get("dashboards.budget.planned", locale), objectives.stream().map(o -> o.planned()).toList())
                .series(texts.get("dashboards.budget.secured", locale), objectives.stream().map(o -> o.secured()).toList())
                .series(texts.get("dashboards.budget.spent", locale), objectives.stream().map(o -> o.spent()).toList())
                .build();
        return new DashboardChart(BudgetDashboard.BY_OBJECTIVE, chart,
                texts.get("dashboards.column.strategic-objective", locale));
    }

    private DashboardChart bySource(List<BudgetDashboard.SourceBudget> sources, String period, String axis,
            Locale locale) {
        var chart = Chart.of(Chart.Kind.HORIZONTAL_BARS, texts.get("dashboards.budget.chart.by-source", locale, period))
                .valueAxis(axis)
                .categories(sources.stream().map(BudgetDashboard.SourceBudget::label).toList())
                .series(texts.get("dashboards.budget.planned", locale), sources.stream().map(s -> s.planned()).toList())
                .series(texts.get("dashboards.budget.secured", locale), sources.stream().map(s -> s.secured()).toList())
                .series(texts.get("dashboards.budget.spent", locale), sources.stream().map(s -> s.spent()).toList())
                .build();
        return new DashboardChart(BudgetDashboard.BY_SOURCE, chart, texts.get("dashboards.column.source", locale));
    }

    private DashboardChart donorGap(List<BudgetDashboard.ObjectiveBudget> objectives, PlanTree tree, String period,
            String axis, Locale locale) {
        var chart = Chart.of(Chart.Kind.BARS, texts.get("dashboards.budget.chart.donor-gap", locale, period))
                .valueAxis(axis)
                .categories(objectiveLabels(tree))
                .series(texts.get("dashboards.budget.donor-planned", locale),
                        objectives.stream().map(o -> o.donorPlanned()).toList())
                .series(texts.get("dashboards.budget.gap", locale), objectives.stream().map(o -> o.donorGap()).toList())
                .build();
        return new DashboardChart(BudgetDashboard.DONOR_GAP, chart,
                texts.get("dashboards.column.strategic-objective", locale));
    }

    private static List<String> objectiveLabels(PlanTree tree) {
        return tree.objectives().stream().map(PlanOverviews::objectiveLabel).toList();
    }

    private DashboardTable shares(Map<FundingSourceKind, BigDecimal> planned, Map<FundingSourceKind, BigDecimal> spent,
            BudgetDashboard.Totals totals, Locale locale) {
        var header = List.of("source", "planned", "share-planned", "spent", "share-spent").stream()
                .map(key -> texts.get("dashboards.column." + key, locale)).toList();
        var rows = new ArrayList<List<Object>>();
        for (var kind : FundingSourceKind.values()) {
            var p = planned.get(kind);
            var s = spent.get(kind);
            if (p == null && s == null) {
                continue;
            }
            rows.add(java.util.Arrays.asList(texts.get(kind.messageKey(), locale), Money.cents(p),
                    Money.percent(p, totals.planned()), Money.cents(s), Money.percent(s, totals.spent())));
        }
        rows.add(java.util.Arrays.asList(texts.get("dashboards.budget.total", locale), totals.planned(),
                Money.percent(totals.planned(), totals.planned()), totals.spent(),
                Money.percent(totals.spent(), totals.spent())));
        return new DashboardTable(BudgetDashboard.SHARES, texts.get("dashboards.budget.shares", locale), header, rows);
    }
}

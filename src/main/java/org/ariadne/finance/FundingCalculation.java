package org.ariadne.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanTree;
import org.ariadne.reporting.ReportedActivities.Spending;

/**
 * Builds the {@link FundingPosition}: budget lines (planned, typed secured) and the commitments' allocations, each
 * converted by {@link Rates} (a line at the latest rate of its currency, an allocation at the rate in force on its
 * commitment's signed date), and the spending reported. Nothing here reads the database.
 */
final class FundingCalculation {

    private final PlanTree tree;
    private final Integer year;
    private final Rates rates;
    private final LongFunction<String> institutionName;
    private final LongPredicate ngo;
    private final List<FundingPosition.MissingRate> missing = new ArrayList<>();

    FundingCalculation(PlanTree tree, Integer year, Rates rates, LongFunction<String> institutionName,
            LongPredicate ngo) {
        this.tree = tree;
        this.year = year;
        this.rates = rates;
        this.institutionName = institutionName;
        this.ngo = ngo;
    }

    /** Amounts of one activity in one year (null: the whole period without a year). */
    private static final class Cell {
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal typedSecured = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal donorCommitted = BigDecimal.ZERO;
        BigDecimal donorLineGap = BigDecimal.ZERO;
        BigDecimal statePlanned = BigDecimal.ZERO;

        void add(Cell other) {
            planned = planned.add(other.planned);
            typedSecured = typedSecured.add(other.typedSecured);
            committed = committed.add(other.committed);
            donorCommitted = donorCommitted.add(other.donorCommitted);
            donorLineGap = donorLineGap.add(other.donorLineGap);
            statePlanned = statePlanned.add(other.statePlanned);
        }

        BigDecimal gap() {
            return planned.subtract(typedSecured).subtract(committed).max(BigDecimal.ZERO);
        }
    }

    FundingPosition build(List<CommitmentView> commitments, List<Spending> spending) {
        var activities = new LinkedHashMap<Long, ActivityView>();
        var objectiveOf = new HashMap<Long, Integer>();
        for (int so = 0; so < tree.objectives().size(); so++) {
            var objective = tree.objectives().get(so);
            int index = so;
            objective.specificObjectives().forEach(sp -> sp.activities().forEach(a -> {
                activities.put(a.id(), a);
                objectiveOf.put(a.id(), index);
            }));
        }
        // activity -> year (null key for the whole period) -> cell
        var cells = new HashMap<Long, TreeMap<Integer, Cell>>();
        for (var activity : activities.values()) {
            int line = 0;
            for (var budget : activity.budgetLines()) {
                line++;
                var currency = budget.currency() == null ? rates.installation() : budget.currency();
                var planned = rates.convert(budget.planned(), currency, null);
                var secured = rates.convert(Objects.requireNonNullElse(budget.secured(), BigDecimal.ZERO), currency,
                        null);
                if (planned.isEmpty() || secured.isEmpty()) {
                    missing.add(new FundingPosition.MissingRate(currency, null,
                            activity.code() + " · " + line + (budget.year() == null ? "" : " · " + budget.year())));
                    continue;
                }
                var cell = cell(cells, activity.id(), budget.year());
                cell.planned = cell.planned.add(planned.get());
                cell.typedSecured = cell.typedSecured.add(secured.get());
                var kind = budget.kind() == null ? FundingSourceKind.OTHER : budget.kind();
                if (kind == FundingSourceKind.DONOR) {
                    var lineGap = planned.get().subtract(secured.get()).max(BigDecimal.ZERO);
                    cell.donorLineGap = cell.donorLineGap.add(lineGap);
                }
                if (kind == FundingSourceKind.STATE_BUDGET) {
                    cell.statePlanned = cell.statePlanned.add(planned.get());
                }
            }
        }
        var donors = new LinkedHashMap<String, List<FundingPosition.Funded>>();
        var donorSource = new HashMap<String, FundingSourceKind>();
        var donorTotal = new HashMap<String, BigDecimal>();
        for (var commitment : commitments) {
            var rate = rates.rate(commitment.currency(), commitment.rateDate());
            if (rate.isEmpty()) {
                missing.add(new FundingPosition.MissingRate(commitment.currency(), commitment.rateDate(),
                        commitment.funder() + (commitment.reference() == null ? "" : " · " + commitment.reference())));
            }
            var funded = donors.computeIfAbsent(commitment.funder(), key -> new ArrayList<>());
            donorSource.putIfAbsent(commitment.funder(), commitment.source());
            for (var allocation : commitment.allocations()) {
                var activity = activities.get(allocation.activityId());
                if (activity == null) {
                    continue;
                }
                var converted = rates.convert(allocation.amount(), commitment.currency(), commitment.rateDate())
                        .orElse(null);
                funded.add(new FundingPosition.Funded(commitment.id(), commitment.reference(), activity.code(),
                        activity.title(), allocation.year(), allocation.amount(), commitment.currency(), converted));
                if (converted == null) {
                    continue;
                }
                donorTotal.merge(commitment.funder(), converted, BigDecimal::add);
                var cell = cell(cells, activity.id(), allocation.year());
                cell.committed = cell.committed.add(converted);
                if (commitment.source() == FundingSourceKind.DONOR) {
                    cell.donorCommitted = cell.donorCommitted.add(converted);
                }
            }
        }
        // spending, per activity in the scope
        var spentBy = new HashMap<Long, BigDecimal>();
        var stateSpentBy = new HashMap<Long, BigDecimal>();
        for (var spent : spending) {
            if (!activities.containsKey(spent.activityId()) || year != null && spent.year() != year) {
                continue;
            }
            spentBy.merge(spent.activityId(), spent.amount(), BigDecimal::add);
            if (spent.kind() == FundingSourceKind.STATE_BUDGET) {
                stateSpentBy.merge(spent.activityId(), spent.amount(), BigDecimal::add);
            }
        }

        var rows = new ArrayList<FundingPosition.ActivityFunding>();
        var scopeCells = new HashMap<Long, Cell>();
        BigDecimal plannedWithoutYear = BigDecimal.ZERO;
        BigDecimal committedWithoutYear = BigDecimal.ZERO;
        var yearCells = new TreeMap<Integer, Cell>(Comparator.nullsLast(Comparator.naturalOrder()));
        var yearGaps = new HashMap<Integer, BigDecimal>();
        int order = 0;
        for (var activity : activities.values()) {
            var byYear = cells.getOrDefault(activity.id(), new TreeMap<>());
            var scope = new Cell();
            for (var entry : byYear.entrySet()) {
                var cell = entry.getValue();
                yearCells.computeIfAbsent(entry.getKey(), key -> new Cell()).add(cell);
                yearGaps.merge(entry.getKey(), cell.gap(), BigDecimal::add);
                if (year == null || year.equals(entry.getKey())) {
                    scope.add(cell);
                } else if (entry.getKey() == null) {
                    plannedWithoutYear = plannedWithoutYear.add(cell.planned);
                    committedWithoutYear = committedWithoutYear.add(cell.committed);
                }
            }
            scopeCells.put(activity.id(), scope);
            var objective = tree.objectives().get(objectiveOf.get(activity.id()));
            var lead = activity.leadInstitutionId();
            rows.add(new FundingPosition.ActivityFunding(activity.id(), order++, activity.code(), activity.title(),
                    objective.id(), objectiveOf.get(activity.id()), objective.code(), lead,
                    lead == null ? null : institutionName.apply(lead), lead != null && ngo.test(lead), scope.planned,
                    scope.typedSecured, scope.committed, scope.donorCommitted, scope.donorLineGap,
                    spentBy.getOrDefault(activity.id(), BigDecimal.ZERO)));
        }

        var objectives = new ArrayList<FundingPosition.ObjectiveFunding>();
        for (var objective : tree.objectives()) {
            var mine = rows.stream().filter(r -> r.objectiveId() == objective.id()).toList();
            objectives.add(new FundingPosition.ObjectiveFunding(objective.id(), objective.code(), objective.title(),
                    sum(mine, FundingPosition.ActivityFunding::planned),
                    sum(mine, FundingPosition.ActivityFunding::typedSecured),
                    sum(mine, FundingPosition.ActivityFunding::committed),
                    sum(mine, FundingPosition.ActivityFunding::gap)));
        }
        var years = new ArrayList<FundingPosition.YearFunding>();
        for (int y : tree.plan().years()) {
            var cell = yearCells.getOrDefault(y, new Cell());
            years.add(new FundingPosition.YearFunding(y, cell.planned, cell.typedSecured, cell.committed,
                    yearGaps.getOrDefault(y, BigDecimal.ZERO)));
        }
        if (yearCells.containsKey(null)) {
            var cell = yearCells.get(null);
            years.add(new FundingPosition.YearFunding(null, cell.planned, cell.typedSecured, cell.committed,
                    yearGaps.getOrDefault(null, BigDecimal.ZERO)));
        }
        var totals = new FundingPosition.Totals(sum(rows, FundingPosition.ActivityFunding::planned),
                sum(rows, FundingPosition.ActivityFunding::typedSecured),
                sum(rows, FundingPosition.ActivityFunding::committed), sum(rows, FundingPosition.ActivityFunding::gap),
                sum(rows, FundingPosition.ActivityFunding::spent), plannedWithoutYear, committedWithoutYear);
        var shares = new FundingPosition.Shares(totals.planned(), totals.spent(),
                scopeCells.values().stream().map(c -> c.statePlanned).reduce(BigDecimal.ZERO, BigDecimal::add),
                stateSpentBy.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                sum(rows.stream().filter(FundingPosition.ActivityFunding::ngoLed).toList(),
                        FundingPosition.ActivityFunding::planned),
                sum(rows.stream().filter(FundingPosition.ActivityFunding::ngoLed).toList(),
                        FundingPosition.ActivityFunding::spent));
        var donorFunds = donors.entrySet().stream()
                .map(e -> new FundingPosition.DonorFunds(e.getKey(), donorSource.get(e.getKey()),
                        donorTotal.getOrDefault(e.getKey(), BigDecimal.ZERO), List.copyOf(e.getValue())))
                .toList();
        return new FundingPosition(tree.plan(), year, rates.installation(), List.copyOf(rows), List.copyOf(objectives),
                List.copyOf(years), totals, List.copyOf(missing), donorFunds, shares);
    }

    private static Cell cell(Map<Long, TreeMap<Integer, Cell>> cells, long activity, Integer year) {
        return cells.computeIfAbsent(activity, key -> new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())))
                .computeIfAbsent(year, key -> new Cell());
    }

    private static BigDecimal sum(List<FundingPosition.ActivityFunding> rows,
            java.util.function.Function<FundingPosition.ActivityFunding, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

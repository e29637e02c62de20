package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.util.List;

import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanHeader;
import org.ariadne.progress.SpendingRule;

/**
 * The plan's money: planned, secured and spent per strategic objective and per funding source, the donor gap per
 * objective, the share of the state budget, and the objectives and activities whose money does not add up
 * (overspent, spent without a budget, underspent once the year is over: {@link SpendingRule}). {@code year} null means
 * the whole plan period.
 */
@org.springframework.modulith.NamedInterface("api")
public record BudgetDashboard(PlanHeader plan, Integer year, DashboardFilter filter, String currency, Totals totals,
        List<ObjectiveBudget> objectives, List<ActivityMoney> flaggedActivities, List<SourceBudget> sources, DashboardChart byObjective,
        DashboardChart bySource, DashboardChart donorGap, DashboardTable shares) {

    public static final String BY_OBJECTIVE = "by-objective";
    public static final String BY_SOURCE = "by-source";
    public static final String DONOR_GAP = "donor-gap";
    public static final String SHARES = "shares";

    /**
     * Sums over the plan. {@code withoutYear} is what is planned for the whole period without a year: it is counted
     * only when no year is chosen, and shown apart so that nothing disappears silently. {@code committed} is what the
     * commitments recorded in finance allocate (counted in {@code secured}), {@code fundingGap} planned minus secured
     * over all sources, per activity and never below zero, and {@code missingRates} how many amounts are not counted
     * for want of an exchange rate (all three from {@code finance.Funding}).
     */
    public record Totals(BigDecimal planned, BigDecimal secured, BigDecimal spent, BigDecimal donorPlanned,
            BigDecimal donorGap, BigDecimal statePlanned, BigDecimal stateSpent, BigDecimal withoutYear,
            BigDecimal committed, BigDecimal fundingGap, int missingRates) {

        /** The share of the state budget in what is planned, in percent; null when nothing is planned. */
        public BigDecimal statePlannedShare() {
            return Money.percent(statePlanned, planned);
        }

        public BigDecimal stateSpentShare() {
            return Money.percent(stateSpent, spent);
        }
    }

    /** {@code spending}: what was spent judged against what was planned ({@link SpendingRule}). */
    public record ObjectiveBudget(String code, String title, BigDecimal planned, BigDecimal secured, BigDecimal spent,
            BigDecimal donorPlanned, BigDecimal donorGap, SpendingRule spending) {
    }

    /**
     * An activity whose money does not add up in the year (or the period); the list holds the largest deviation
     * (spent against planned, either way) first.
     */
    public record ActivityMoney(long activityId, String code, String title, BigDecimal planned, BigDecimal spent,
            SpendingRule spending) {
    }

    /** How many flagged activities the page shows, the largest deviations first; the annual report lists them all. */
    public static final int SHOWN_FLAGGED = 25;

    /** The flagged activities the page shows: the {@link #SHOWN_FLAGGED} with the largest deviation. */
    public List<ActivityMoney> shownFlagged() {
        return flaggedActivities.size() <= SHOWN_FLAGGED ? flaggedActivities
                : flaggedActivities.subList(0, SHOWN_FLAGGED);
    }

    /** How many flagged activities the page does not show. */
    public int moreFlagged() {
        return flaggedActivities.size() - shownFlagged().size();
    }

    /** Whether any objective or activity is over- or underspent, or spent without a budget. */
    public boolean moneyFlagged() {
        return !flaggedActivities.isEmpty() || objectives.stream().anyMatch(o -> o.spending().flagged());
    }

    public record SourceBudget(FundingSourceKind kind, Long institutionId, String label, BigDecimal planned,
            BigDecimal secured, BigDecimal spent) {
    }

    public List<DashboardTable> tables() {
        return List.of(byObjective.table(), bySource.table(), donorGap.table(), shares);
    }
}

package org.ariadne.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanHeader;

/**
 * Where the plan's money stands, in the installation's {@code currency}, for one {@code year} or (null) the whole
 * period. The rule, said the same way on the pages: <b>secured = what the budget lines say is secured (typed by the
 * office) + what the commitments allocate to the activity</b>, each converted; the gap of an activity is planned minus
 * secured, never below zero, so that a surplus on one activity never hides a gap on another. A commitment's amount
 * must therefore not be typed into a budget line's "secured" as well. An amount whose currency has no rate is not
 * counted: it is listed in {@code missingRates}.
 */
public record FundingPosition(PlanHeader plan, Integer year, String currency, List<ActivityFunding> activities,
        List<ObjectiveFunding> objectives, List<YearFunding> years, Totals totals, List<MissingRate> missingRates,
        List<DonorFunds> donors, Shares shares) {

    /** Unfunded and partly funded activities, in priority order: the plan's order of objectives, then largest gap. */
    public List<ActivityFunding> donorRound() {
        return activities.stream().filter(a -> a.gap().signum() > 0)
                .sorted(Comparator.comparingInt(ActivityFunding::objectiveOrder)
                        .thenComparing(ActivityFunding::gap, Comparator.reverseOrder())
                        .thenComparingInt(ActivityFunding::order))
                .toList();
    }

    /** How far an activity is funded. */
    public enum Status {
        NOT_COSTED, UNFUNDED, PARTLY_FUNDED, FUNDED;

        public String messageKey() {
            return "finance.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One activity: {@code typedSecured} from its budget lines, {@code committed} from the commitments' allocations
     * ({@code donorCommitted} the part from commitments whose source is a donor), {@code donorLineGap} what its donor
     * lines still expect, {@code spent} from accepted reports.
     */
    public record ActivityFunding(long activityId, int order, String code, String title, long objectiveId,
            int objectiveOrder, String objectiveCode, Long leadInstitutionId, String lead, boolean ngoLed,
            BigDecimal planned, BigDecimal typedSecured, BigDecimal committed, BigDecimal donorCommitted,
            BigDecimal donorLineGap, BigDecimal spent) {

        public BigDecimal secured() {
            return typedSecured.add(committed);
        }

        public BigDecimal gap() {
            return planned.subtract(secured()).max(BigDecimal.ZERO);
        }

        /** What the donor lines still expect after the donors' commitments, never below zero. */
        public BigDecimal donorGap() {
            return donorLineGap.subtract(donorCommitted).max(BigDecimal.ZERO);
        }

        public Status status() {
            if (planned.signum() == 0) {
                return Status.NOT_COSTED;
            }
            if (gap().signum() == 0) {
                return Status.FUNDED;
            }
            return secured().signum() == 0 ? Status.UNFUNDED : Status.PARTLY_FUNDED;
        }
    }

    public record ObjectiveFunding(long id, String code, String title, BigDecimal planned, BigDecimal typedSecured,
            BigDecimal committed, BigDecimal gap) {

        public BigDecimal secured() {
            return typedSecured.add(committed);
        }
    }

    /** One year of the plan (or, year null, what is planned or allocated for the whole period without a year). */
    public record YearFunding(Integer year, BigDecimal planned, BigDecimal typedSecured, BigDecimal committed,
            BigDecimal gap) {

        public BigDecimal secured() {
            return typedSecured.add(committed);
        }
    }

    /**
     * Sums over the activities. When a year is chosen, {@code plannedWithoutYear} and {@code committedWithoutYear}
     * are what lines and allocations for the whole period hold: not counted in a single year, shown apart.
     */
    public record Totals(BigDecimal planned, BigDecimal typedSecured, BigDecimal committed, BigDecimal gap,
            BigDecimal spent, BigDecimal plannedWithoutYear, BigDecimal committedWithoutYear) {

        public BigDecimal secured() {
            return typedSecured.add(committed);
        }
    }

    /** An amount not counted because no rate of its currency is in force on its date (null: no rate at all). */
    public record MissingRate(String currency, LocalDate on, String what) {
    }

    /** What one funder already funds: each allocation in the commitment's currency and converted. */
    public record DonorFunds(String funder, FundingSourceKind source, BigDecimal committed, List<Funded> funded) {
    }

    public record Funded(long commitmentId, String reference, String activityCode, String activityTitle, Integer year,
            BigDecimal amount, String currency, BigDecimal converted) {
    }

    /**
     * The share of the state budget (budget lines whose source is the state budget; spending reported from it) and the
     * share reaching NGO service providers (activities led by an NGO or a shelter NGO; seed 004 recommends up to
     * 30 %), in what is planned and in what is spent.
     */
    public record Shares(BigDecimal planned, BigDecimal spent, BigDecimal statePlanned, BigDecimal stateSpent,
            BigDecimal ngoPlanned, BigDecimal ngoSpent) {

        /** Seed 004's recommendation for the share reaching NGO service providers, in percent. */
        public static final BigDecimal NGO_RECOMMENDED = BigDecimal.valueOf(30);

        public BigDecimal statePlannedShare() {
            return percent(statePlanned, planned);
        }

        public BigDecimal stateSpentShare() {
            return percent(stateSpent, spent);
        }

        public BigDecimal ngoPlannedShare() {
            return percent(ngoPlanned, planned);
        }

        public BigDecimal ngoSpentShare() {
            return percent(ngoSpent, spent);
        }

        static BigDecimal percent(BigDecimal part, BigDecimal whole) {
            if (whole == null || whole.signum() == 0) {
                return null;
            }
            return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        }
    }
}

package org.ariadne.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;
import org.ariadne.plan.ThematicArea;

/**
 * Hand-built plan trees for the rule tests. Every builder starts from an element that passes every rule, so a test
 * takes away exactly the one thing its rule looks for.
 */
final class Trees {

    static final long POLICE = 7;
    static final PlanHeader PLAN = new PlanHeader(1, 0, "Action plan against trafficking", null, null, null, 2016, 2019,
            PlanStatus.DRAFT, false);

    private static final AtomicLong IDS = new AtomicLong(100);

    private Trees() {
    }

    static IndicatorBuilder indicator() {
        return new IndicatorBuilder();
    }

    static ActivityBuilder activity() {
        return new ActivityBuilder();
    }

    /** A plan whose objectives are complete and hold these activities (SO 1 / SO 1.1). */
    static PlanTree planWith(ActivityView... activities) {
        return plan(strategic("SO 1", List.of(outcome()), specific("SO 1.1", List.of(outcome()), activities)));
    }

    /** A plan with one complete activity measured by these indicators. */
    static PlanTree planWith(IndicatorView... indicators) {
        return planWith(activity().indicators(indicators).build());
    }

    static PlanTree plan(StrategicObjectiveNode... objectives) {
        return new PlanTree(PLAN, List.of(objectives));
    }

    static StrategicObjectiveNode strategic(String code, List<IndicatorView> indicators, SpecificObjectiveNode... specific) {
        return new StrategicObjectiveNode(IDS.incrementAndGet(), 0, code, "Prevention of trafficking", null,
                ThematicArea.PREVENTION, indicators, List.of(specific));
    }

    static SpecificObjectiveNode specific(String code, List<IndicatorView> indicators, ActivityView... activities) {
        return new SpecificObjectiveNode(IDS.incrementAndGet(), 0, 0, code, "Awareness raising", null, indicators,
                List.of(activities));
    }

    static IndicatorView outcome() {
        return indicator().name("Share of pupils who know the risks").level(ResultLevel.OUTCOME).build();
    }

    static final class IndicatorBuilder {
        private final long id = IDS.incrementAndGet();
        private String name = "Police officers trained";
        private ResultLevel level = ResultLevel.OUTPUT;
        private IndicatorType type = IndicatorType.NUMBER;
        private String unit = "persons";
        private String numerator;
        private String denominator;
        private BigDecimal baseline = new BigDecimal("10");
        private Integer baselineYear = 2015;
        private BigDecimal target = new BigDecimal("200");
        private Integer targetYear = 2019;
        private final TreeMap<Integer, BigDecimal> yearTargets = new TreeMap<>();
        private Long responsible;

        IndicatorBuilder name(String name) {
            this.name = name;
            return this;
        }

        IndicatorBuilder level(ResultLevel level) {
            this.level = level;
            return this;
        }

        IndicatorBuilder type(IndicatorType type) {
            this.type = type;
            return this;
        }

        IndicatorBuilder unit(String unit) {
            this.unit = unit;
            return this;
        }

        IndicatorBuilder ratio(String numerator, String denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
            return this;
        }

        IndicatorBuilder baseline(String value, Integer year) {
            this.baseline = value == null ? null : new BigDecimal(value);
            this.baselineYear = year;
            return this;
        }

        IndicatorBuilder target(String value, Integer year) {
            this.target = value == null ? null : new BigDecimal(value);
            this.targetYear = year;
            return this;
        }

        IndicatorBuilder yearTarget(int year, String value) {
            yearTargets.put(year, new BigDecimal(value));
            return this;
        }

        IndicatorBuilder responsible(Long institutionId) {
            this.responsible = institutionId;
            return this;
        }

        IndicatorView build() {
            return new IndicatorView(id, 0, IndicatorOwner.activity(1), name, level, type, unit, Direction.INCREASE,
                    numerator, denominator, null, null, baseline, baselineYear, baseline == null ? null : "Police records",
                    target, targetYear, new TreeMap<>(yearTargets), EnumSet.of(Disaggregation.SEX), "Police records",
                    "Annual report", Frequency.YEARLY, responsible);
        }
    }

    static final class ActivityBuilder {
        private final long id = IDS.incrementAndGet();
        private String code = "A1.1.1";
        private String title = "Training of police officers on identifying victims";
        private Long lead = POLICE;
        private LocalDate start = LocalDate.of(2016, 1, 1);
        private LocalDate end = LocalDate.of(2016, 12, 31);
        private boolean continuous;
        private String verification = "Lists of participants";
        private String risks = "Staff turnover";
        private List<BudgetLineView> budget = new ArrayList<>(List.of(
                new BudgetLineView(2016, FundingSourceKind.STATE_BUDGET, POLICE, new BigDecimal("15000"), null)));
        private List<IndicatorView> indicators = List.of(indicator().build());
        private boolean dropped;

        ActivityBuilder code(String code) {
            this.code = code;
            return this;
        }

        ActivityBuilder title(String title) {
            this.title = title;
            return this;
        }

        ActivityBuilder lead(Long institutionId) {
            this.lead = institutionId;
            return this;
        }

        ActivityBuilder dates(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            return this;
        }

        ActivityBuilder continuous() {
            this.continuous = true;
            this.start = null;
            this.end = null;
            return this;
        }

        ActivityBuilder verification(String means) {
            this.verification = means;
            return this;
        }

        ActivityBuilder risks(String risks) {
            this.risks = risks;
            return this;
        }

        ActivityBuilder budget(BudgetLineView... lines) {
            this.budget = Arrays.asList(lines);
            return this;
        }

        /** Dropped by a revision of the plan. */
        ActivityBuilder dropped() {
            this.dropped = true;
            return this;
        }

        ActivityBuilder indicators(IndicatorView... indicators) {
            this.indicators = List.of(indicators);
            return this;
        }

        ActivityView build() {
            return new ActivityView(id, 0, 0, code, title, null, "Officers identify victims", lead, List.of(),
                    "A. Krasniqi", start, end, continuous, Frequency.QUARTERLY, verification, null, risks, null,
                    List.copyOf(budget), indicators, dropped);
        }
    }
}

package org.ariadne.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.reporting.ReportedValues.YearValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a plan stands in a year, computed with {@link ProgressRules} from the reported values. Which value is compared
 * with which target: the year's own target when the plan sets one, against that year's value; otherwise the final
 * target, against everything counted since the plan began (indicators whose values add up) or the latest value
 * (levels and rates).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PlanProgress {

    private final Plans plans;
    private final ReportedValues reported;

    PlanProgress(Plans plans, ReportedValues reported) {
        this.plans = plans;
        this.reported = reported;
    }

    public ProgressOverview overview(long planId, int year, boolean includeSubmitted) {
        // the targets of the plan's version in force that year (a revision effective later changes nothing before)
        var tree = plans.treeInForce(planId, year);
        return overview(tree, year, includeSubmitted, reported.yearly(planId, year, includeSubmitted));
    }

    static ProgressOverview overview(PlanTree tree, int year, boolean includeSubmitted, List<YearValue> values) {
        var byIndicator = new HashMap<Long, Map<Integer, YearValue>>();
        values.forEach(v -> byIndicator.computeIfAbsent(v.indicatorId(), key -> new HashMap<>()).put(v.year(), v));
        var strategic = new ArrayList<ProgressOverview.StrategicProgress>();
        for (var so : tree.objectives()) {
            var specifics = new ArrayList<ProgressOverview.SpecificProgress>();
            for (var sp : so.specificObjectives()) {
                var activities = new ArrayList<ProgressOverview.ActivityProgress>();
                for (var activity : sp.activities()) {
                    activities.add(activity(activity, tree, year, byIndicator));
                }
                var spIndicators = sp.indicators().stream()
                        .map(i -> indicator(i, sp.code(), tree, year, byIndicator)).toList();
                var achievement = ProgressRules.rollUp(activities.stream().map(ProgressOverview.ActivityProgress::achievement)
                        .toList());
                specifics.add(new ProgressOverview.SpecificProgress(sp, achievement, activities, spIndicators));
            }
            var soIndicators = so.indicators().stream().map(i -> indicator(i, so.code(), tree, year, byIndicator)).toList();
            var achievement = ProgressRules.rollUp(specifics.stream().map(ProgressOverview.SpecificProgress::achievement)
                    .toList());
            strategic.add(new ProgressOverview.StrategicProgress(so, achievement, specifics, soIndicators));
        }
        var plan = ProgressRules.rollUp(strategic.stream().map(ProgressOverview.StrategicProgress::achievement).toList());
        return new ProgressOverview(tree.plan(), year, includeSubmitted, plan, strategic);
    }

    private static ProgressOverview.ActivityProgress activity(ActivityView activity, PlanTree tree, int year,
            Map<Long, Map<Integer, YearValue>> values) {
        var indicators = activity.indicators().stream().map(i -> indicator(i, activity.code(), tree, year, values)).toList();
        var achievement = ProgressRules.activity(activity.status(),
                indicators.stream().map(IndicatorProgress::achievement).toList());
        return new ProgressOverview.ActivityProgress(activity, achievement, indicators);
    }

    static IndicatorProgress indicator(IndicatorView indicator, String ownerCode, PlanTree tree, int year,
            Map<Long, Map<Integer, YearValue>> values) {
        var years = values.getOrDefault(indicator.id(), Map.of());
        var yearTarget = indicator.yearTargets().get(year);
        BigDecimal value;
        BigDecimal target;
        IndicatorProgress.Basis basis;
        var aggregation = indicator.effectiveAggregation();
        if (yearTarget != null) {
            target = yearTarget;
            value = valueOf(indicator, years.get(year));
            basis = IndicatorProgress.Basis.YEAR_TARGET;
        } else if (aggregation == Aggregation.SUM && indicator.type() == IndicatorType.NUMBER) {
            target = indicator.targetValue();
            value = cumulative(indicator, years, tree.plan().startYear(), year);
            basis = IndicatorProgress.Basis.FINAL_TARGET_CUMULATIVE;
        } else {
            target = indicator.targetValue();
            value = latestUpTo(indicator, years, year);
            basis = IndicatorProgress.Basis.FINAL_TARGET_LEVEL;
        }
        var achievement = ProgressRules.indicator(indicator.type(), indicator.direction(), indicator.baselineValue(), target,
                value);
        return new IndicatorProgress(indicator, ownerCode, year, value, target, basis, achievement);
    }

    /**
     * The value of one year as the indicator adds its values up; a rate from its numerators and denominators. Public
     * for the IATI file, whose periods carry each year's actual value as progress counts it.
     */
    public static BigDecimal valueOf(IndicatorView indicator, YearValue year) {
        if (year == null) {
            return null;
        }
        if (indicator.type() == IndicatorType.PERCENTAGE && year.numerator() != null && year.denominator() != null
                && year.denominator().signum() > 0) {
            return year.numerator().multiply(BigDecimal.valueOf(100)).divide(year.denominator(), 4, RoundingMode.HALF_UP);
        }
        return switch (indicator.effectiveAggregation()) {
            case SUM -> year.sum();
            case LAST -> year.last();
            case AVERAGE -> year.average() == null ? null : year.average().setScale(4, RoundingMode.HALF_UP);
        };
    }

    private static BigDecimal cumulative(IndicatorView indicator, Map<Integer, YearValue> years, int from, int to) {
        BigDecimal total = null;
        for (int y = from; y <= to; y++) {
            var value = years.get(y);
            if (value != null && value.sum() != null) {
                total = total == null ? value.sum() : total.add(value.sum());
            }
        }
        return total;
    }

    private static BigDecimal latestUpTo(IndicatorView indicator, Map<Integer, YearValue> years, int to) {
        for (int y = to; y >= to - 50; y--) {
            var value = years.get(y);
            if (value != null) {
                return valueOf(indicator, value);
            }
        }
        return null;
    }
}

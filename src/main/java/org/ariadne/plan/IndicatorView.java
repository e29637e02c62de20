package org.ariadne.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/** An indicator as pages, exports and the quality audit read it. */
public record IndicatorView(long id, int version, IndicatorOwner owner, String name, ResultLevel resultLevel,
        IndicatorType type, String unit, Direction direction, String numerator, String denominator, BigDecimal scaleMin,
        BigDecimal scaleMax, BigDecimal baselineValue, Integer baselineYear, String baselineSource,
        BigDecimal targetValue, Integer targetYear, SortedMap<Integer, BigDecimal> yearTargets,
        Set<Disaggregation> disaggregations, String dataSource, String meansOfVerification, Frequency frequency,
        Long responsibleInstitutionId, Aggregation aggregation) {

    /** An indicator whose values add up the default way for its type. */
    public IndicatorView(long id, int version, IndicatorOwner owner, String name, ResultLevel resultLevel,
            IndicatorType type, String unit, Direction direction, String numerator, String denominator,
            BigDecimal scaleMin, BigDecimal scaleMax, BigDecimal baselineValue, Integer baselineYear,
            String baselineSource, BigDecimal targetValue, Integer targetYear, SortedMap<Integer, BigDecimal> yearTargets,
            Set<Disaggregation> disaggregations, String dataSource, String meansOfVerification, Frequency frequency,
            Long responsibleInstitutionId) {
        this(id, version, owner, name, resultLevel, type, unit, direction, numerator, denominator, scaleMin, scaleMax,
                baselineValue, baselineYear, baselineSource, targetValue, targetYear, yearTargets, disaggregations,
                dataSource, meansOfVerification, frequency, responsibleInstitutionId, null);
    }

    /** How the values of a year add up: as chosen, or the default for the type. */
    public Aggregation effectiveAggregation() {
        return aggregation != null ? aggregation : Aggregation.defaultFor(type);
    }

    public boolean hasBaseline() {
        return baselineValue != null;
    }

    /** The target the plan tree shows: the final one, or else the last year's; null when there is none. */
    public BigDecimal shownTarget() {
        return targetValue != null || yearTargets.isEmpty() ? targetValue : yearTargets.get(yearTargets.lastKey());
    }

    /** A final target, or at least one yearly target. */
    public boolean hasTarget() {
        return targetValue != null || !yearTargets.isEmpty();
    }

    public IndicatorCommand toCommand() {
        var targets = new ArrayList<YearTargetCommand>();
        yearTargets.forEach((year, value) -> targets.add(new YearTargetCommand(year, value)));
        return new IndicatorCommand(name, resultLevel, type, unit, direction, numerator, denominator, scaleMin, scaleMax,
                baselineValue, baselineYear, baselineSource, targetValue, targetYear, List.copyOf(targets),
                disaggregations, dataSource, meansOfVerification, frequency, responsibleInstitutionId, aggregation);
    }
}

package org.ariadne.support;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.ResultLevel;

/**
 * An indicator as a test needs it. Defaults: an output counted as a number that should increase, from a baseline
 * of 0, reported quarterly, without target, unit or breakdown.
 */
public final class IndicatorBuilder {

    private final List<org.ariadne.plan.YearTargetCommand> yearTargets = new java.util.ArrayList<>();

    private final String name;
    private ResultLevel level = ResultLevel.OUTPUT;
    private IndicatorType type = IndicatorType.NUMBER;
    private String unit;
    private Direction direction = Direction.INCREASE;
    private String numerator;
    private String denominator;
    private BigDecimal baseline = BigDecimal.ZERO;
    private Integer baselineYear;
    private String baselineSource;
    private BigDecimal target;
    private Integer targetYear;
    private Set<Disaggregation> dimensions = Set.of();
    private Frequency frequency = Frequency.QUARTERLY;
    private Long responsible;
    private Aggregation aggregation;

    private IndicatorBuilder(String name) {
        this.name = name;
    }

    public static IndicatorBuilder anIndicator(String name) {
        return new IndicatorBuilder(name);
    }

    public IndicatorBuilder level(ResultLevel level) {
        this.level = level;
        return this;
    }

    public IndicatorBuilder type(IndicatorType type) {
        this.type = type;
        return this;
    }

    public IndicatorBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    public IndicatorBuilder direction(Direction direction) {
        this.direction = direction;
        return this;
    }

    public IndicatorBuilder ratioOf(String numerator, String denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
        return this;
    }

    /** The baseline value (null: no baseline), with its year and source left empty. */
    public IndicatorBuilder baseline(String value) {
        this.baseline = value == null ? null : new BigDecimal(value);
        return this;
    }

    public IndicatorBuilder baseline(String value, Integer year, String source) {
        baseline(value);
        this.baselineYear = year;
        this.baselineSource = source;
        return this;
    }

    /** The final target (null: no target), without a target year. */
    public IndicatorBuilder target(String value) {
        this.target = value == null ? null : new BigDecimal(value);
        return this;
    }

    public IndicatorBuilder target(String value, Integer year) {
        target(value);
        this.targetYear = year;
        return this;
    }

    public IndicatorBuilder by(Disaggregation first, Disaggregation... more) {
        this.dimensions = EnumSet.of(first, more);
        return this;
    }

    public IndicatorBuilder by(Set<Disaggregation> dimensions) {
        this.dimensions = Set.copyOf(dimensions);
        return this;
    }

    /** Reporting frequency; null: the activity's. */
    public IndicatorBuilder reported(Frequency frequency) {
        this.frequency = frequency;
        return this;
    }

    public IndicatorBuilder responsible(Long institution) {
        this.responsible = institution;
        return this;
    }

    public IndicatorBuilder aggregated(Aggregation aggregation) {
        this.aggregation = aggregation;
        return this;
    }

    /** A yearly target. */
    public IndicatorBuilder yearTarget(int year, String value) {
        yearTargets.add(new org.ariadne.plan.YearTargetCommand(year, new java.math.BigDecimal(value)));
        return this;
    }

    String name() {
        return name;
    }

    public IndicatorCommand toCommand() {
        return new IndicatorCommand(name, level, type, unit, direction, numerator, denominator, null, null, baseline,
                baselineYear, baselineSource, target, targetYear, List.copyOf(yearTargets), dimensions, null, null, frequency,
                responsible, aggregation);
    }
}

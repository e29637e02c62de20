package org.ariadne.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How progress on an activity or objective is measured: type, unit, direction, baseline, targets per year and
 * final, disaggregation, source. Values must fit the type (a percentage between 0 and 100, yes/no as 1 or 0,
 * a scale value within the scale).
 */
@Table("indicator")
class Indicator implements PlanElement {

    static final String AUDIT_TYPE = "indicator";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private Long activityId;
    private Long specificObjectiveId;
    private Long strategicObjectiveId;
    private String name;
    private ResultLevel resultLevel;
    private IndicatorType indicatorType;
    private String unit;
    private Direction direction;
    private String numerator;
    private String denominator;
    private BigDecimal scaleMin;
    private BigDecimal scaleMax;
    private BigDecimal baselineValue;
    private Integer baselineYear;
    private String baselineSource;
    private BigDecimal targetValue;
    private Integer targetYear;
    private String dataSource;
    private String meansOfVerification;
    private Frequency frequency;
    private Long responsibleInstitutionId;
    private Aggregation aggregation;
    private int position;
    @MappedCollection(idColumn = "indicator_id")
    private Set<YearTarget> yearTargets = new LinkedHashSet<>();
    @MappedCollection(idColumn = "indicator_id")
    private Set<Breakdown> disaggregations = new LinkedHashSet<>();

    Indicator() {
    }

    static Indicator create(IndicatorOwner owner, ActionPlan plan, IndicatorCommand command, int position) {
        var indicator = new Indicator();
        indicator.planId = plan.id();
        switch (owner.kind()) {
            case ACTIVITY -> indicator.activityId = owner.id();
            case SPECIFIC_OBJECTIVE -> indicator.specificObjectiveId = owner.id();
            case STRATEGIC_OBJECTIVE -> indicator.strategicObjectiveId = owner.id();
        }
        indicator.position = position;
        indicator.apply(plan, command);
        return indicator;
    }

    void apply(ActionPlan plan, IndicatorCommand command) {
        var type = command.type() == null ? IndicatorType.NUMBER : command.type();
        if (type == IndicatorType.SCALE && command.scaleMin() != null && command.scaleMax() != null
                && command.scaleMax().compareTo(command.scaleMin()) <= 0) {
            throw PlanException.scaleReversed();
        }
        name = command.name().strip();
        resultLevel = command.resultLevel() == null ? ResultLevel.OUTPUT : command.resultLevel();
        indicatorType = type;
        unit = Texts.clean(command.unit());
        direction = command.direction() == null ? Direction.INCREASE : command.direction();
        numerator = Texts.clean(command.numerator());
        denominator = Texts.clean(command.denominator());
        scaleMin = type == IndicatorType.SCALE ? command.scaleMin() : null;
        scaleMax = type == IndicatorType.SCALE ? command.scaleMax() : null;
        baselineValue = checkValue(command.baselineValue(), "baseline");
        baselineYear = command.baselineYear();
        baselineSource = Texts.clean(command.baselineSource());
        targetValue = checkValue(command.targetValue(), "target");
        targetYear = command.targetYear();
        dataSource = Texts.clean(command.dataSource());
        meansOfVerification = Texts.clean(command.meansOfVerification());
        frequency = command.frequency();
        responsibleInstitutionId = command.responsibleInstitutionId();
        aggregation = command.aggregation();
        var targets = new LinkedHashSet<YearTarget>();
        var years = new java.util.HashSet<Integer>();
        command.yearTargets().stream()
                .filter(target -> target != null && target.year() != null && target.value() != null)
                .sorted(Comparator.comparing(YearTargetCommand::year))
                .forEach(target -> {
                    if (!plan.covers(target.year())) {
                        throw PlanException.yearOutsidePlan(target.year(), plan.startYear(), plan.endYear());
                    }
                    if (!years.add(target.year())) {
                        throw PlanException.duplicateTargetYear(target.year());
                    }
                    targets.add(new YearTarget(target.year(), checkValue(target.value(), "target")));
                });
        yearTargets = targets;
        var breakdown = new LinkedHashSet<Breakdown>();
        command.disaggregations().stream().filter(Objects::nonNull).distinct().sorted()
                .forEach(dimension -> breakdown.add(new Breakdown(dimension)));
        disaggregations = breakdown;
    }

    /** A value that cannot be a measurement of this type is refused, so that progress can be computed later. */
    private BigDecimal checkValue(BigDecimal value, String which) {
        if (value == null) {
            return null;
        }
        switch (indicatorType) {
            case PERCENTAGE -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw PlanException.percentageOutOfRange(which, value);
                }
            }
            case YES_NO -> {
                if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                    throw PlanException.yesNoValue(which, value);
                }
            }
            case SCALE -> {
                if ((scaleMin != null && value.compareTo(scaleMin) < 0) || (scaleMax != null && value.compareTo(scaleMax) > 0)) {
                    throw PlanException.outsideScale(which, value, scaleMin, scaleMax);
                }
            }
            case NUMBER -> {
                // any number: counts, amounts, days
            }
        }
        return value;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    /** The audit view of the element as it is now, institutions by name. */
    Audited audited(Function<Long, String> institutionNames) {
        return audited(auditState(institutionNames));
    }

    Map<String, Object> auditState(Function<Long, String> institutionNames) {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("resultLevel", resultLevel.name());
        state.put("type", indicatorType.name());
        state.put("unit", unit);
        state.put("direction", direction.name());
        state.put("numerator", numerator);
        state.put("denominator", denominator);
        state.put("scaleMin", plain(scaleMin));
        state.put("scaleMax", plain(scaleMax));
        state.put("baselineValue", plain(baselineValue));
        state.put("baselineYear", baselineYear);
        state.put("baselineSource", baselineSource);
        state.put("targetValue", plain(targetValue));
        state.put("targetYear", targetYear);
        var targets = new TreeMap<String, Object>();
        yearTargets.forEach(target -> targets.put(String.valueOf(target.targetYear()), plain(target.targetValue())));
        state.put("yearTargets", targets);
        state.put("disaggregations", disaggregations.stream().map(d -> d.dimension().name()).sorted().toList());
        state.put("dataSource", dataSource);
        state.put("meansOfVerification", meansOfVerification);
        state.put("frequency", frequency == null ? null : frequency.name());
        state.put("responsibleInstitution", institutionNames.apply(responsibleInstitutionId));
        state.put("aggregation", aggregation == null ? null : aggregation.name());
        return state;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Integer version() {
        return version;
    }

    @Override
    public long planId() {
        return planId;
    }

    @Override
    public String code() {
        return null;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    java.util.List<Integer> targetYears() {
        return yearTargets.stream().map(YearTarget::targetYear).toList();
    }

    IndicatorOwner owner() {
        if (activityId != null) {
            return new IndicatorOwner(PlanCode.Kind.ACTIVITY, activityId);
        }
        if (specificObjectiveId != null) {
            return new IndicatorOwner(PlanCode.Kind.SPECIFIC_OBJECTIVE, specificObjectiveId);
        }
        return new IndicatorOwner(PlanCode.Kind.STRATEGIC_OBJECTIVE, strategicObjectiveId);
    }

    static Comparator<Indicator> byPosition() {
        return Comparator.comparingInt(Indicator::position);
    }

    @Table("indicator_target")
    record YearTarget(int targetYear, BigDecimal targetValue) {
    }

    @Table("indicator_disaggregation")
    record Breakdown(Disaggregation dimension) {
    }
}

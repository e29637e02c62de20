package org.ariadne.progress;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
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
import org.ariadne.reporting.ReportedValues.YearValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which reported value is compared with which target, and how the plan adds up. */
class PlanProgressTest {

    private static final PlanHeader PLAN = new PlanHeader(1, 0, "Plan", null, null, null, 2020, 2024, PlanStatus.ADOPTED,
            false);

    private static IndicatorView indicator(long id, IndicatorType type, Aggregation aggregation, String baseline,
            String target, Map<Integer, BigDecimal> yearTargets) {
        return new IndicatorView(id, 0, IndicatorOwner.activity(10), "Indicator " + id, ResultLevel.OUTPUT, type, null,
                Direction.INCREASE, null, null, null, null, baseline == null ? null : new BigDecimal(baseline), 2019, null,
                target == null ? null : new BigDecimal(target), 2024, new TreeMap<>(yearTargets),
                EnumSet.noneOf(Disaggregation.class), null, null, null, null, aggregation);
    }

    private static YearValue year(long indicator, int year, String sum, String last) {
        return new YearValue(indicator, year, new BigDecimal(sum), new BigDecimal(sum), new BigDecimal(last), null, null, 4);
    }

    private static PlanTree tree(ActivityStatus status, IndicatorView... indicators) {
        var activity = new ActivityView(10, 0, 100, "A1.1.1", "Training", null, null, null, List.of(), null, null, null,
                true, null, null, null, null, status, List.of(), List.of(indicators));
        var specific = new SpecificObjectiveNode(100, 0, 1000, "SO 1.1", "Specific", null, List.of(), List.of(activity));
        var strategic = new StrategicObjectiveNode(1000, 0, "SO 1", "Strategic", null, ThematicArea.PREVENTION, List.of(),
                List.of(specific));
        return new PlanTree(PLAN, List.of(strategic));
    }

    @Test
    void aYearTargetIsComparedWithThatYearsValue() {
        var trained = indicator(1, IndicatorType.NUMBER, null, "0", "500", Map.of(2022, new BigDecimal("100")));
        var values = List.of(year(1, 2021, "80", "20"), year(1, 2022, "60", "15"));

        var progress = PlanProgress.overview(tree(null, trained), 2022, false, values).indicators().findFirst().orElseThrow();

        assertThat(progress.basis()).isEqualTo(IndicatorProgress.Basis.YEAR_TARGET);
        assertThat(progress.value()).isEqualByComparingTo("60");
        assertThat(progress.achievement().percent()).isEqualByComparingTo("60");
    }

    @Test
    void countsThatAddUpAreComparedCumulativelyWithTheFinalTarget() {
        var trained = indicator(1, IndicatorType.NUMBER, null, "0", "500", Map.of());
        var values = List.of(year(1, 2020, "100", "30"), year(1, 2021, "150", "40"), year(1, 2022, "999", "1"));

        var progress = PlanProgress.overview(tree(null, trained), 2021, false, values).indicators().findFirst().orElseThrow();

        assertThat(progress.basis()).isEqualTo(IndicatorProgress.Basis.FINAL_TARGET_CUMULATIVE);
        assertThat(progress.value()).isEqualByComparingTo("250");
        assertThat(progress.achievement().percent()).isEqualByComparingTo("50");
    }

    @Test
    void aLevelTakesTheLatestValueNotTheSum() {
        var investigators = indicator(1, IndicatorType.NUMBER, Aggregation.LAST, "20", "40", Map.of());
        var values = List.of(year(1, 2021, "120", "30"));

        var progress = PlanProgress.overview(tree(null, investigators), 2022, false, values).indicators().findFirst()
                .orElseThrow();

        assertThat(progress.basis()).isEqualTo(IndicatorProgress.Basis.FINAL_TARGET_LEVEL);
        assertThat(progress.value()).isEqualByComparingTo("30");
        assertThat(progress.achievement().percent()).isEqualByComparingTo("50");
    }

    @Test
    void aRateIsComputedFromItsNumeratorsAndDenominators() {
        var share = indicator(1, IndicatorType.PERCENTAGE, null, "20", "60", Map.of());
        var values = List.of(new YearValue(1, 2022, new BigDecimal("90"), new BigDecimal("45"), new BigDecimal("50"),
                new BigDecimal("30"), new BigDecimal("75"), 2));

        var progress = PlanProgress.overview(tree(null, share), 2022, false, values).indicators().findFirst().orElseThrow();

        assertThat(progress.value()).isEqualByComparingTo("40");
        assertThat(progress.achievement().percent()).isEqualByComparingTo("50");
    }

    @Test
    void thePlanAddsUpFromActivitiesAndAnIndicatorWithoutBaselineIsNotCountedAsZero() {
        var measurable = indicator(1, IndicatorType.NUMBER, null, "0", "100", Map.of());
        var withoutBaseline = indicator(2, IndicatorType.NUMBER, null, null, "100", Map.of());
        var values = List.of(year(1, 2022, "80", "80"), year(2, 2022, "5", "5"));

        var overview = PlanProgress.overview(tree(ActivityStatus.COMPLETED, measurable, withoutBaseline), 2022, false,
                values);

        assertThat(overview.indicators().filter(i -> i.indicator().id() == 2).findFirst().orElseThrow().achievement().kind())
                .isEqualTo(Achievement.Kind.NOT_MEASURABLE);
        // activity: status 100 and indicator 80 → 90; objectives and plan inherit it
        assertThat(overview.activities().findFirst().orElseThrow().achievement().percent()).isEqualByComparingTo("90");
        assertThat(overview.achievement().percent()).isEqualByComparingTo("90");
    }

    @Test
    void anIndicatorShownWithoutItsValueIsLeftOutOfEveryRollUpAndTheRestIsUnchanged() {
        var identified = indicator(1, IndicatorType.NUMBER, null, "0", "10", Map.of());
        var trained = indicator(2, IndicatorType.NUMBER, null, "0", "100", Map.of());
        var values = List.of(year(1, 2021, "3", "3"), year(2, 2021, "80", "80"));
        var exact = PlanProgress.overview(tree(ActivityStatus.STARTED, identified, trained), 2021, false, values);
        // (50 % started + the average of 30 % and 80 %) / 2
        assertThat(exact.achievement().percent()).isEqualByComparingTo("52.5");

        var same = exact.withIndicators(progress -> progress);
        var shown = exact.withIndicators(progress -> progress.indicator().id() == 1
                ? new IndicatorProgress(progress.indicator(), progress.ownerCode(), progress.year(), null,
                        progress.target(), progress.basis(), Achievement.notMeasurable("suppressed"))
                : progress);

        assertThat(same.achievement()).isEqualTo(exact.achievement());
        assertThat(same.strategic().get(0).achievement()).isEqualTo(exact.strategic().get(0).achievement());
        // (50 % + 80 %) / 2: nothing of the 30 % that would give 3 of 10 back
        assertThat(shown.activities().findFirst().orElseThrow().achievement().percent()).isEqualByComparingTo("65");
        assertThat(shown.strategic().get(0).specific().get(0).achievement().percent()).isEqualByComparingTo("65");
        assertThat(shown.strategic().get(0).achievement().percent()).isEqualByComparingTo("65");
        assertThat(shown.achievement().percent()).isEqualByComparingTo("65");
        assertThat(shown.indicators().filter(i -> i.indicator().id() == 1).findFirst().orElseThrow().value()).isNull();
    }
}

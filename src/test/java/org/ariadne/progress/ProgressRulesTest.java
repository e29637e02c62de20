package org.ariadne.progress;

import java.math.BigDecimal;
import java.util.List;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Direction;
import org.ariadne.plan.IndicatorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress rules of {@link ProgressRules}, one example per rule, as a reader of the dashboards would check them. */
class ProgressRulesTest {

    private static BigDecimal n(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0} {1}: baseline {2}, target {3}, value {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            // more is better: victims identified 10 → 30; 20 reported is half way
            "NUMBER, INCREASE, 10, 30, 20, MEASURED, 50.00",
            "NUMBER, INCREASE, 10, 30, 30, MEASURED, 100.00",
            "NUMBER, INCREASE, 10, 30, 40, MEASURED, 150.00",
            "NUMBER, INCREASE, 10, 30, 5, MEASURED, -25.00",
            // less is better: days to refer a victim 40 → 10; 25 days is half way
            "NUMBER, DECREASE, 40, 10, 25, MEASURED, 50.00",
            "NUMBER, DECREASE, 40, 10, 10, MEASURED, 100.00",
            "NUMBER, DECREASE, 40, 10, 50, MEASURED, -33.33",
            // percentages work the same way: 20 % → 60 %, 50 % reported
            "PERCENTAGE, INCREASE, 20, 60, 50, MEASURED, 75.00",
            "PERCENTAGE, DECREASE, 35, 10, 30, MEASURED, 20.00",
            // a scale 1-5 from 2 to 4, reaching 3
            "SCALE, INCREASE, 2, 4, 3, MEASURED, 50.00",
            // yes/no: the target is reached or it is not; no baseline needed
            "YES_NO, INCREASE, -, 1, 1, MEASURED, 100.00",
            "YES_NO, INCREASE, 0, 1, 0, MEASURED, 0.00",
            // holding a level: at least the target is on track, below it the share of the target
            "NUMBER, MAINTAIN, -, 8, 9, MEASURED, 100.00",
            "NUMBER, MAINTAIN, 8, 8, 6, MEASURED, 75.00",
            // what cannot be measured is never 0 %
            "NUMBER, INCREASE, -, 30, 20, NOT_MEASURABLE, -",
            "NUMBER, INCREASE, 10, -, 20, NOT_MEASURABLE, -",
            "YES_NO, INCREASE, 0, -, 1, NOT_MEASURABLE, -",
            "NUMBER, INCREASE, 30, 30, 30, NOT_MEASURABLE, -",
            "NUMBER, INCREASE, 30, 10, 20, NOT_MEASURABLE, -",
            "NUMBER, DECREASE, 10, 30, 20, NOT_MEASURABLE, -",
            // measurable but nothing reported yet
            "NUMBER, INCREASE, 10, 30, -, NO_DATA, -",
            "YES_NO, INCREASE, 0, 1, -, NO_DATA, -",
            "NUMBER, MAINTAIN, 8, 8, -, NO_DATA, -"})
    void indicatorAchievement(IndicatorType type, Direction direction, String baseline, String target, String value,
            Achievement.Kind kind, String percent) {
        var achievement = ProgressRules.indicator(type, direction, n(baseline), n(target), n(value));

        assertThat(achievement.kind()).isEqualTo(kind);
        assertThat(achievement.percent()).isEqualTo(n(percent));
        if (kind != Achievement.Kind.MEASURED) {
            assertThat(achievement.reasonKey()).startsWith("progress.reason.");
        }
    }

    @Test
    void theReasonSaysWhatIsMissing() {
        assertThat(ProgressRules.indicator(IndicatorType.NUMBER, Direction.INCREASE, null, n("5"), n("1")).reasonKey())
                .isEqualTo("progress.reason.no-baseline");
        assertThat(ProgressRules.indicator(IndicatorType.NUMBER, Direction.INCREASE, n("1"), null, n("1")).reasonKey())
                .isEqualTo("progress.reason.no-target");
        assertThat(ProgressRules.indicator(IndicatorType.NUMBER, Direction.DECREASE, n("1"), n("5"), n("1")).reasonKey())
                .isEqualTo("progress.reason.target-not-below-baseline");
    }

    @Test
    void anActivityAveragesItsStatusAndItsMeasuredIndicatorsCappedTo100() {
        var indicators = List.of(Achievement.measured(n("150")), Achievement.measured(n("50")),
                Achievement.notMeasurable("no-baseline"));

        // indicators: (100 + 50) / 2 = 75; status started = 50; activity = 62.5
        assertThat(ProgressRules.activity(ActivityStatus.STARTED, indicators).percent()).isEqualByComparingTo("62.5");
        assertThat(ProgressRules.activity(ActivityStatus.COMPLETED, List.of()).percent()).isEqualByComparingTo("100");
        assertThat(ProgressRules.activity(null, indicators).percent()).isEqualByComparingTo("75");
        assertThat(ProgressRules.activity(null, List.of(Achievement.notMeasurable("no-target"))).kind())
                .isEqualTo(Achievement.Kind.NOT_MEASURABLE);
        assertThat(ProgressRules.activity(null, List.of(Achievement.noData())).kind()).isEqualTo(Achievement.Kind.NO_DATA);
    }

    @Test
    void statusesCountAgainstWhatWasDueNotAgainstCompletion() {
        assertThat(ProgressRules.statusScore(ActivityStatus.NOT_STARTED)).isEqualByComparingTo("0");
        assertThat(ProgressRules.statusScore(ActivityStatus.STARTED)).isEqualByComparingTo("50");
        assertThat(ProgressRules.statusScore(ActivityStatus.COMPLETED)).isEqualByComparingTo("100");
    }

    @Test
    void aContinuousActivityRunningAsPlannedIsWellAdvancedNotHalfDone() {
        // seed 002's status 2 "in continuum": the activity runs as planned, which is all that was due of it
        assertThat(ProgressRules.statusScore(ActivityStatus.CONTINUOUS)).isEqualByComparingTo("100");
        var running = ProgressRules.activity(ActivityStatus.CONTINUOUS, List.of());
        assertThat(running.percent()).isEqualByComparingTo("100");
        assertThat(running.light()).isEqualTo(Achievement.Light.GREEN);
        // with its indicators measured against the year's target, both count: 100 % running, 60 % of the year's target
        assertThat(ProgressRules.activity(ActivityStatus.CONTINUOUS, List.of(Achievement.measured(n("60")))).percent())
                .isEqualByComparingTo("80");
        // a one-off activity that has started is still half way
        assertThat(ProgressRules.activity(ActivityStatus.STARTED, List.of()).light()).isEqualTo(Achievement.Light.AMBER);
    }

    @Test
    void aContinuousActivityIsStillJudgedByWhatItsIndicatorsWereDueToReach() {
        // running as planned counts as much as completed, no more: what was due of it is to keep running
        assertThat(ProgressRules.statusScore(ActivityStatus.CONTINUOUS))
                .isEqualByComparingTo(ProgressRules.statusScore(ActivityStatus.COMPLETED));
        // running, but nothing of the year's target reached: some progress, not well advanced
        var behind = ProgressRules.activity(ActivityStatus.CONTINUOUS, List.of(Achievement.measured(n("0"))));
        assertThat(behind.percent()).isEqualByComparingTo("50");
        assertThat(behind.light()).isEqualTo(Achievement.Light.AMBER);
        // beyond the year's target counts as the target: a continuous activity never passes 100 %
        assertThat(ProgressRules.activity(ActivityStatus.CONTINUOUS, List.of(Achievement.measured(n("150")))).percent())
                .isEqualByComparingTo("100");
        // an indicator that cannot be measured is left out, never counted as 0 %
        assertThat(ProgressRules.activity(ActivityStatus.CONTINUOUS, List.of(Achievement.notMeasurable("no-target")))
                .percent()).isEqualByComparingTo("100");
    }

    @Test
    void theComputedLightNeverSaysOnTrackWhichIsTheRatingsWord() {
        for (var light : Achievement.Light.values()) {
            assertThat(text(light.messageKey())).doesNotContainIgnoringCase("on track");
        }
        assertThat(text("progress.light.green")).isEqualTo("well advanced");
    }

    private static String text(String key) {
        try (var in = ProgressRulesTest.class.getResourceAsStream("/i18n/progress.properties")) {
            var bundle = new java.util.Properties();
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return bundle.getProperty(key);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRollUpLeavesOutWhatCannotBeMeasuredInsteadOfCountingItAsZero() {
        var children = List.of(Achievement.measured(n("80")), Achievement.measured(n("120")),
                Achievement.notMeasurable("no-target"), Achievement.noData());

        assertThat(ProgressRules.rollUp(children).percent()).isEqualByComparingTo("90");
        assertThat(ProgressRules.rollUp(List.of(Achievement.notMeasurable("no-target"))).kind())
                .isEqualTo(Achievement.Kind.NOT_MEASURABLE);
        assertThat(ProgressRules.rollUp(List.of()).kind()).isEqualTo(Achievement.Kind.NOT_MEASURABLE);
    }

    @Test
    void trafficLightsFollowTheCappedPercentage() {
        assertThat(Achievement.measured(n("130")).light()).isEqualTo(Achievement.Light.GREEN);
        assertThat(Achievement.measured(n("75")).light()).isEqualTo(Achievement.Light.GREEN);
        assertThat(Achievement.measured(n("40")).light()).isEqualTo(Achievement.Light.AMBER);
        assertThat(Achievement.measured(n("-20")).light()).isEqualTo(Achievement.Light.RED);
        assertThat(Achievement.notMeasurable("no-target").light()).isEqualTo(Achievement.Light.GREY);
    }
}

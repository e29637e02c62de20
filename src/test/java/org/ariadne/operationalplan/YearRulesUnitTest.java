package org.ariadne.operationalplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which activities a year's operational plan takes: due that year, or unfinished the year before. */
class YearRulesUnitTest {

    private static final Map<Long, YearRules.Previous> NONE = Map.of();

    private static ActivityView activity(long id, LocalDate start, LocalDate end, boolean continuous) {
        return new ActivityView(id, 0, 1, "A1.1." + id, "Activity " + id, null, null, null, List.of(), null, start, end,
                continuous, null, null, null, null, ActivityStatus.STARTED, List.of(), List.of());
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void anActivityWhoseTimelineOverlapsTheYearIsDue() {
        assertThat(YearRules.fit(activity(1, day(2016, 3, 1), day(2017, 2, 28), false), 2017, ActivityStatus.STARTED,
                NONE)).isEqualTo(YearRules.Fit.DUE);
        assertThat(YearRules.fit(activity(2, day(2017, 12, 31), day(2018, 6, 30), false), 2017, null, NONE))
                .isEqualTo(YearRules.Fit.DUE);
        assertThat(YearRules.fit(activity(3, day(2018, 1, 1), day(2018, 6, 30), false), 2017, null, NONE))
                .as("starts after the year").isEqualTo(YearRules.Fit.NONE);
    }

    @Test
    void continuousActivitiesAndActivitiesWithoutDatesAreDueEveryYear() {
        assertThat(YearRules.fit(activity(1, null, null, true), 2017, ActivityStatus.CONTINUOUS, NONE))
                .isEqualTo(YearRules.Fit.DUE);
        assertThat(YearRules.fit(activity(2, null, null, false), 2017, null, NONE)).isEqualTo(YearRules.Fit.DUE);
    }

    @Test
    void anActivityThatEndedBeforeTheYearUnfinishedIsProposedForCarryOver() {
        var ended = activity(1, day(2016, 1, 1), day(2016, 12, 31), false);
        assertThat(YearRules.fit(ended, 2017, ActivityStatus.STARTED, NONE)).isEqualTo(YearRules.Fit.CARRY_OVER);
        assertThat(YearRules.fit(ended, 2017, ActivityStatus.NOT_STARTED, NONE)).isEqualTo(YearRules.Fit.CARRY_OVER);
        assertThat(YearRules.fit(ended, 2017, null, NONE)).as("no status known").isEqualTo(YearRules.Fit.CARRY_OVER);
        assertThat(YearRules.fit(activity(2, day(2015, 1, 1), day(2015, 6, 30), false), 2017, ActivityStatus.STARTED,
                NONE)).as("ended earlier still").isEqualTo(YearRules.Fit.CARRY_OVER);
    }

    @Test
    void aCompletedActivityIsNotCarriedOver() {
        assertThat(YearRules.fit(activity(1, day(2016, 1, 1), day(2016, 12, 31), false), 2017, ActivityStatus.COMPLETED,
                NONE)).isEqualTo(YearRules.Fit.NONE);
    }

    @Test
    void thePreviousYearsDecisionCounts() {
        var ended = activity(1, day(2016, 1, 1), day(2016, 6, 30), false);
        assertThat(YearRules.fit(ended, 2018, ActivityStatus.STARTED,
                Map.of(1L, new YearRules.Previous(LineDecision.DECLINED, null))))
                .as("declined last year: not proposed again").isEqualTo(YearRules.Fit.NONE);
        assertThat(YearRules.fit(ended, 2018, ActivityStatus.STARTED,
                Map.of(1L, new YearRules.Previous(LineDecision.ACCEPTED, day(2018, 3, 31)))))
                .as("carried into this year: due").isEqualTo(YearRules.Fit.DUE);
        assertThat(YearRules.fit(ended, 2018, ActivityStatus.STARTED,
                Map.of(1L, new YearRules.Previous(LineDecision.ACCEPTED, day(2017, 9, 30)))))
                .as("carried last year and still unfinished: proposed again").isEqualTo(YearRules.Fit.CARRY_OVER);
    }
}

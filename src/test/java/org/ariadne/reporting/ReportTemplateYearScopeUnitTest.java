package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.reportingcycle.PeriodView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's reports follow its approved operational plan ({@link ReportingYears}). */
class ReportTemplateYearScopeUnitTest {

    private static final PeriodView Q1 = new PeriodView(1, 1, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31),
            LocalDate.of(2017, 4, 15), "2017-Q1");
    private static final PeriodView Q3 = new PeriodView(3, 1, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30),
            LocalDate.of(2017, 10, 15), "2017-Q3");

    private static ActivityView endedIn2016(long id, ActivityStatus status) {
        return new ActivityView(id, 0, 1, "A1.1." + id, "Activity", null, null, 5L, List.of(), null,
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), false, null, null, null, null, status, List.of(),
                List.of());
    }

    @Test
    void aCarriedOverActivityIsReportedOnUntilItsNewEndDateEvenOnceCompleted() {
        var completedSince = endedIn2016(1, ActivityStatus.COMPLETED);
        var scope = new ReportingYears.YearScope(Set.of(), Map.of(1L, LocalDate.of(2017, 6, 30)));
        assertThat(ReportTemplate.runsIn(completedSince, Q1)).as("the timeline alone").isFalse();
        assertThat(ReportTemplate.runsIn(completedSince, Q1, scope)).isTrue();
        assertThat(ReportTemplate.runsIn(completedSince, Q3, scope)).as("after its new end date, completed").isFalse();
        assertThat(ReportTemplate.runsIn(endedIn2016(1, ActivityStatus.STARTED), Q3, scope))
                .as("after its new end date, unfinished").isTrue();
    }

    @Test
    void anActivityTheOperationalPlanLeavesOutIsNotReportedOnThatYear() {
        var unfinished = endedIn2016(2, ActivityStatus.STARTED);
        assertThat(ReportTemplate.runsIn(unfinished, Q1)).isTrue();
        assertThat(ReportTemplate.runsIn(unfinished, Q1, new ReportingYears.YearScope(Set.of(2L), Map.of()))).isFalse();
        assertThat(ReportTemplate.runsIn(unfinished, Q1, ReportingYears.YearScope.NONE)).isTrue();
    }
}

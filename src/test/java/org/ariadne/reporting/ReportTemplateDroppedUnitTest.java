package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.DroppedActivity;
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
import org.ariadne.reportingcycle.PeriodView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report leaves out an activity an adopted version dropped from the period starting on the version's effective
 * date, with the indicators of it another institution answers for; the period before keeps both.
 */
class ReportTemplateDroppedUnitTest {

    private static final long POLICE = 5;
    private static final long SHELTER = 6;
    private static final PeriodView Q2 = new PeriodView(2, 1, LocalDate.of(2017, 4, 1), LocalDate.of(2017, 6, 30),
            LocalDate.of(2017, 7, 15), "2017-Q2");
    private static final PeriodView Q3 = new PeriodView(3, 1, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30),
            LocalDate.of(2017, 10, 15), "2017-Q3");
    private static final Map<Long, DroppedActivity> DROPPED_2 = Map.of(2L,
            new DroppedActivity(2, 2, LocalDate.of(2017, 7, 1)));

    private static IndicatorView indicator(long id, long activityId, String name, Long responsible) {
        return new IndicatorView(id, 0, IndicatorOwner.activity(activityId), name, ResultLevel.OUTPUT,
                IndicatorType.NUMBER, "people", null, null, null, null, null, null, null, null, null, null,
                new TreeMap<>(), Set.of(), null, null, null, responsible);
    }

    private static ActivityView activity(long id, String title, IndicatorView... indicators) {
        return new ActivityView(id, 0, 1, "A1.1." + id, title, null, null, POLICE, List.of(), null, null, null, true,
                null, null, null, null, null, List.of(), List.of(indicators));
    }

    private static PlanTree tree() {
        var specific = new SpecificObjectiveNode(1, 0, 1, "SO 1.1", "Identification", null, List.of(),
                List.of(activity(1, "Training of police officers"),
                        activity(2, "Hotline campaign", indicator(20, 2, "Calls answered", SHELTER))));
        return new PlanTree(new PlanHeader(1, 0, "Plan", null, null, null, 2016, 2019, PlanStatus.ADOPTED, false),
                List.of(new StrategicObjectiveNode(1, 0, "SO 1", "Protection", null, ThematicArea.PROTECTION,
                        List.of(), List.of(specific))));
    }

    private static List<String> activities(PeriodView period, Map<Long, DroppedActivity> dropped) {
        return ReportTemplate.of(tree(), POLICE, period, ReportingYears.YearScope.NONE, dropped).activities.stream()
                .map(item -> item.activity().title()).toList();
    }

    private static List<String> otherIndicators(PeriodView period, Map<Long, DroppedActivity> dropped) {
        return ReportTemplate.of(tree(), SHELTER, period, ReportingYears.YearScope.NONE, dropped).otherIndicators
                .stream().map(other -> other.indicator().name()).toList();
    }

    @Test
    void theActivityLeavesTheReportsOfPeriodsStartingOnOrAfterTheEffectiveDate() {
        assertThat(activities(Q2, DROPPED_2)).containsExactly("Training of police officers", "Hotline campaign");
        assertThat(activities(Q3, DROPPED_2)).containsExactly("Training of police officers");
        assertThat(activities(Q3, Map.of())).as("not dropped by an adopted version")
                .containsExactly("Training of police officers", "Hotline campaign");
    }

    @Test
    void anActivityALaterVersionTookBackCountsAgainFromThatVersionsEffectiveDate() {
        var takenBack = Map.of(2L, new DroppedActivity(2, 2, LocalDate.of(2017, 4, 1), LocalDate.of(2017, 7, 1)));
        assertThat(activities(Q2, takenBack)).containsExactly("Training of police officers");
        assertThat(activities(Q3, takenBack)).containsExactly("Training of police officers", "Hotline campaign");
    }

    @Test
    void anotherInstitutionNoLongerAnswersForTheDroppedActivitysIndicators() {
        assertThat(otherIndicators(Q2, DROPPED_2)).containsExactly("Calls answered");
        assertThat(otherIndicators(Q3, DROPPED_2)).isEmpty();
        assertThat(ReportTemplate.of(tree(), SHELTER, Q3, ReportingYears.YearScope.NONE, DROPPED_2).isEmpty()).isTrue();
    }
}

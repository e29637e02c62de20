package org.ariadne.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit runs on every page view: a national plan of 400 activities and 1,200 indicators must not be felt. */
class PlanQualityPerformanceUnitTest {

    /** 5 strategic objectives x 8 specific x 10 activities x 3 indicators, every other one lacking something. */
    private static PlanTree largePlan() {
        var strategic = new ArrayList<StrategicObjectiveNode>();
        for (int s = 1; s <= 5; s++) {
            var specific = new ArrayList<SpecificObjectiveNode>();
            for (int o = 1; o <= 8; o++) {
                var activities = new ArrayList<ActivityView>();
                for (int a = 1; a <= 10; a++) {
                    var indicators = new ArrayList<IndicatorView>();
                    for (int i = 1; i <= 3; i++) {
                        var indicator = Trees.indicator().name("Indicator " + s + "." + o + "." + a + "." + i);
                        if (i % 2 == 0) {
                            indicator.baseline(null, null).unit(null);
                        }
                        indicators.add(indicator.build());
                    }
                    var activity = Trees.activity().code("A" + s + "." + o + "." + a)
                            .title(a % 3 == 0 ? "National conference on referral" : "Training of labour inspectors")
                            .dates(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 6, 30))
                            .indicators(indicators.toArray(IndicatorView[]::new));
                    if (a % 2 == 0) {
                        activity.lead(null).verification(null).risks(null);
                    }
                    activities.add(activity.build());
                }
                specific.add(Trees.specific("SO " + s + "." + o, List.of(), activities.toArray(ActivityView[]::new)));
            }
            strategic.add(Trees.strategic("SO " + s, List.of(), specific.toArray(SpecificObjectiveNode[]::new)));
        }
        return Trees.plan(strategic.toArray(StrategicObjectiveNode[]::new));
    }

    @Test
    void aPlanOf400ActivitiesAnd1200IndicatorsIsAuditedWellUnder100Milliseconds() {
        var tree = largePlan();
        assertThat(tree.activities()).hasSize(400);
        assertThat(tree.indicators()).hasSize(1200);
        var rules = new PlanQualityRules();

        var runs = new long[9];
        for (int run = 0; run < runs.length; run++) {
            runs[run] = time(() -> rules.check(tree));
        }
        Arrays.sort(runs);
        var report = rules.check(tree);

        assertThat(report.summary(QualityRule.INDICATOR_WITHOUT_BASELINE).flagged()).isEqualTo(400);
        assertThat(report.summary(QualityRule.ACTIVITY_WITHOUT_LEAD).flagged()).isEqualTo(200);
        assertThat(report.summary(QualityRule.ONE_OFF_EVENT_SPREAD).flagged()).isEqualTo(120);
        // Build machines are shared and noisy (the same machine measured 4 ms and 20 ms under load), so the
        // fastest of several runs is what is asserted: the cost of the walk itself, with room to spare.
        assertThat(runs[0]).as("fastest of these runs, ms: %s", Arrays.toString(runs)).isLessThan(50);
    }

    private static long time(Runnable audit) {
        long start = System.nanoTime();
        audit.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

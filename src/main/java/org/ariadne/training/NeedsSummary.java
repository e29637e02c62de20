package org.ariadne.training;

import java.util.List;

/**
 * The needs of a year across institutions: per topic and target group, how many institutions ask, how many staff to
 * train, how many of them the plan gives places to.
 */
public record NeedsSummary(int year, List<Line> lines, int staff, int placesGiven) {

    public record Line(TrainingTopic topic, TargetGroup targetGroup, int institutions, int staff, int placesGiven,
            int highPriority) {

        public NeedCoverage.Level level() {
            return placesGiven >= staff ? NeedCoverage.Level.COVERED
                    : placesGiven > 0 ? NeedCoverage.Level.PARTLY : NeedCoverage.Level.NOT_COVERED;
        }
    }
}

package org.ariadne.training;

import java.util.List;

/** A training of the plan as the pages read it: the institutions by name, the needs its places go to. */
public record PlannedTrainingView(long id, int version, int year, int quarter, String module, TrainingTopic topic,
        TargetGroup targetGroup, int places, List<Long> institutionIds, List<String> institutionNames,
        int placesGiven) {

    public PlannedTrainingCommand toCommand() {
        return new PlannedTrainingCommand(year, quarter, module, topic, targetGroup, places, institutionIds);
    }

    NeedCoverage.Offer rule() {
        return new NeedCoverage.Offer(id, year, topic, targetGroup, institutionIds, places);
    }

    public String label() {
        return year + "-Q" + quarter + " · " + module;
    }
}

package org.ariadne.training;

/** A training need as the pages read it, with what the plan gives it. */
public record NeedView(long id, int version, long institutionId, String institutionName, TargetGroup targetGroup,
        TrainingTopic topic, NeedPriority priority, int staffToTrain, int year, String note,
        NeedCoverage.Covered coverage) {

    public NeedCommand toCommand() {
        return new NeedCommand(institutionId, targetGroup, topic, priority, staffToTrain, year, note);
    }

    NeedCoverage.Need rule() {
        return new NeedCoverage.Need(id, institutionId, targetGroup, topic, priority, staffToTrain, year);
    }
}

package org.ariadne.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A training held as the pages read it. {@code participants} (the persons of the list) is empty for a reader who may
 * not see them ({@code participantsShown} false): a member, or a focal point of another institution.
 */
public record TrainingView(long id, int version, long institutionId, String institutionName, Long plannedId,
        String plannedLabel, String module, TrainingTopic topic, TargetGroup targetGroup, LocalDate startsOn,
        LocalDate endsOn, String place, List<Named> trainers, ParticipantsKept kept, List<CountView> counts,
        List<ParticipantView> participants, boolean participantsShown, Participation participation,
        BigDecimal preTestAverage, BigDecimal postTestAverage, boolean scoresFromList, BigDecimal cost,
        String currency, BigDecimal satisfaction, String evaluationComments, String listFileName, boolean demo) {

    public record Named(long id, String name) {
    }

    public record CountView(long institutionId, String institutionName, String role, int women, int men) {

        public int total() {
            return women + men;
        }
    }

    public record ParticipantView(int number, String name, String institutionName, String role, Sex sex,
            BigDecimal preScore, BigDecimal postScore) {
    }

    public boolean hasList() {
        return kept == ParticipantsKept.LIST;
    }

    /** The gain from the pre- to the post-test, when both were taken. */
    public BigDecimal gain() {
        return preTestAverage == null || postTestAverage == null ? null : postTestAverage.subtract(preTestAverage);
    }

    public TrainingCommand toCommand() {
        return new TrainingCommand(institutionId, plannedId, module, topic, targetGroup, startsOn, endsOn, place,
                trainers.stream().map(Named::id).toList(), counts.stream()
                        .map(c -> new CountLine(c.institutionId(), c.role(), c.women(), c.men())).toList(),
                scoresFromList ? null : preTestAverage, scoresFromList ? null : postTestAverage, cost, currency,
                satisfaction, evaluationComments);
    }
}
